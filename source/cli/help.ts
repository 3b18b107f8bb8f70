import {VERSION} from '../version.js';

export const HELP = `vertex-setup ${VERSION}
From a fresh machine to a working Gemini call on Vertex AI, and back to working when it breaks.

Usage
  $ vertex-setup [options]            set up this machine, or repair it (checks first, fixes only what fails)
  $ vertex-setup doctor [--json]      check everything, change nothing
  $ vertex-setup explain [TEXT]       explain a Google Cloud error (or pipe it in)
  $ vertex-setup init-profile         write vertex-setup.json for your team from this setup
  $ vertex-setup sandbox serve        run the Google Cloud emulator in the foreground

Answers (skip the questions)
  --project ID          the Google Cloud project
  --region LOCATION     Vertex AI location for the smoke test (default: global)
  --model ID            Gemini model for the smoke test
  --principal MEMBER    who gets roles/aiplatform.user: user:EMAIL or serviceAccount:EMAIL
  --key-file PATH       the service-account key file to check; a path that does not
                        exist yet gets a new key (mode 0600) for the --principal
  --apis a,b            extra APIs to enable
  --no-smoke-test       skip the Gemini call

Automation
  -y, --yes             apply every available fix without asking
  --json                one JSON report on stdout (with doctor or --yes)
  --dry-run             print the gcloud commands that would fix this setup; change nothing
  --format terraform    with --dry-run: print the same changes as Terraform
  --plain               plain lines, no spinners (default when output is not a terminal)
  --write-env [PATH]    write GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION and
                        GOOGLE_GENAI_USE_VERTEXAI to a dotenv file (default .env)

Try it without a Google account
  --sandbox [SCENARIO]  run against a built-in emulator (default scenario: fresh)
  sandbox serve --scenario NAME --port N
                        start the emulator and print the environment that points
                        gcloud, the client libraries and vertex-setup at it

Other
  --debug               show stack traces
  -h, --help            show this help
  -v, --version         print the version

Exit codes: 0 all good (warnings allowed), 1 something is failing, 2 usage error or a
question that needs a flag, 130 cancelled.
`;
