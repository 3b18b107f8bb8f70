import {accountStep} from './account.js';
import {adcStep} from './adc.js';
import {apisStep} from './apis.js';
import {billingStep} from './billing.js';
import {gcloudStep} from './gcloud.js';
import {iamStep} from './iam.js';
import {keyFileStep} from './key-file.js';
import type {PlannableStep} from './plan.js';
import {projectStep} from './project.js';
import {quotaProjectStep} from './quota-project.js';
import {planQuotaProject} from './quota-project-plan.js';
import {smokeTestStep} from './smoke-test.js';

export {apisStep, billingStep, iamStep, projectStep, smokeTestStep};

/** All ten steps, in the order a person walks them (STEP_IDS). */
export const steps: PlannableStep[] = [
	gcloudStep,
	accountStep,
	adcStep,
	projectStep,
	{...quotaProjectStep, plan: planQuotaProject},
	billingStep,
	apisStep,
	iamStep,
	keyFileStep,
	smokeTestStep,
];
