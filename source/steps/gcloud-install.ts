import {findExecutable} from '../google/which.js';

export const INSTALL_DOCS = 'https://cloud.google.com/sdk/docs/install';

/** How to install the Google Cloud CLI here, from cloud.google.com/sdk/docs/install. */
export function installInstructions(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): {text: string; commands: string[]} {
	if (platform === 'darwin') {
		return {text: `Install it with Homebrew (or see ${INSTALL_DOCS}), then open a new terminal.`, commands: ['brew install --cask google-cloud-sdk']};
	}
	if (platform === 'win32') {
		return {
			text:
				`Download and run the installer from ${INSTALL_DOCS}#windows, then open a new terminal. ` +
				'Inside WSL, install the Linux version in the WSL shell instead: a Windows gcloud is not visible there.',
			commands: [
				'(New-Object Net.WebClient).DownloadFile("https://dl.google.com/dl/cloudsdk/channels/rapid/GoogleCloudSDKInstaller.exe", "$env:Temp\\GoogleCloudSDKInstaller.exe"); & $env:Temp\\GoogleCloudSDKInstaller.exe',
			],
		};
	}
	if (findExecutable('apt-get', env)) {
		return {
			text: `Install the google-cloud-cli package from Google's apt repository (${INSTALL_DOCS}#deb).`,
			commands: [
				'sudo apt-get install -y apt-transport-https ca-certificates gnupg curl',
				'curl https://packages.cloud.google.com/apt/doc/apt-key.gpg | sudo gpg --dearmor -o /usr/share/keyrings/cloud.google.gpg',
				'echo "deb [signed-by=/usr/share/keyrings/cloud.google.gpg] https://packages.cloud.google.com/apt cloud-sdk main" | sudo tee -a /etc/apt/sources.list.d/google-cloud-sdk.list',
				'sudo apt-get update && sudo apt-get install -y google-cloud-cli',
			],
		};
	}
	if (findExecutable('dnf', env)) {
		return {
			text: `Install the google-cloud-cli package from Google's yum repository (${INSTALL_DOCS}#rpm).`,
			commands: [
				"sudo tee /etc/yum.repos.d/google-cloud-sdk.repo << 'EOM'\n[google-cloud-cli]\nname=Google Cloud CLI\nbaseurl=https://packages.cloud.google.com/yum/repos/cloud-sdk-el9-x86_64\nenabled=1\ngpgcheck=1\nrepo_gpgcheck=0\ngpgkey=https://packages.cloud.google.com/yum/doc/rpm-package-key.gpg\nEOM",
				'sudo dnf install -y google-cloud-cli',
			],
		};
	}
	return {
		text: `Run Google's interactive installer (${INSTALL_DOCS}#linux), then open a new terminal.`,
		commands: ['curl https://sdk.cloud.google.com | bash', 'exec -l $SHELL'],
	};
}
