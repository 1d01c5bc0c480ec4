// Insightly SSO Setup — start-up only: high-DPI policy, translators, command line, demo wiring, the wizard.
#include "CheckCommand.h"
#include "PlanCommand.h"
#include "CommandLine.h"
#include "DemoWorld.h"
#include "config.h"
#include "core/Logging.h"
#include "core/SetupStateStore.h"
#include "core/Translations.h"
#include "insightly/ScimProbeCli.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QApplication>
#include <QIcon>
#include <QFile>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QTextStream>
#include <memory>

namespace {

QStringList rawArguments(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help, --version, --probe-scim, --check and --plan need no window: a QCoreApplication runs them even where no
    // display server exists (a scheduled check, an SSH session, a container).
    const bool headless = insightly::runsWithoutWindow(rawArguments(argc, argv));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine, created later, needs it set first
    std::unique_ptr<QCoreApplication> app;
    if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    }
    QCoreApplication::setApplicationName(QStringLiteral(INSIGHTLY_EXECUTABLE_NAME));
    QCoreApplication::setOrganizationName(QStringLiteral(INSIGHTLY_ORGANIZATION));
    QCoreApplication::setApplicationVersion(QStringLiteral(INSIGHTLY_VERSION));
    if (!headless) {
        // The PNG set embedded by packaging/CMakeLists.txt, each read when first needed.
        QApplication::setWindowIcon(insightly::SetupWizard::applicationIcon());
    }

    // The system proxy configuration (https_proxy/no_proxy on Linux, the system settings on Windows and macOS),
    // for Qt Network and Qt WebEngine alike, set before any network object exists. --demo replaces it with
    // the simulator's proxy.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    // Every line goes through the secret redaction before it reaches the rotating log file.
    insightly::installMessageHandler();

    // Parse once for --language, then again so that help and errors come out translated.
    insightly::CommandLine cmd = insightly::parseCommandLine(QCoreApplication::arguments());
    insightly::installTranslations(*app, cmd.config.language);
    cmd = insightly::parseCommandLine(QCoreApplication::arguments());

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!cmd.error.isEmpty()) {
        err << QStringLiteral(INSIGHTLY_EXECUTABLE_NAME) << ": " << cmd.error << Qt::endl;
        return 2;
    }
    if (cmd.showHelp) {
        out << cmd.helpText;
        return 0;
    }
    if (cmd.showVersion) {
        out << QStringLiteral(INSIGHTLY_PRODUCT_NAME) << ' ' << QStringLiteral(INSIGHTLY_VERSION) << Qt::endl;
        return 0;
    }

    insightly::DemoWorld demo;
    if (cmd.demo) {
        QString error;
        // --reset: the old world's saved setups go with it.
        const QString forgottenTenant = cmd.reset ? insightly::DemoWorld::savedTenantId() : QString();
        if (!forgottenTenant.isEmpty())
            insightly::SetupStateStore().catalogue().removeSetupsOf(forgottenTenant);
        if (!demo.start(&cmd.config, &error, cmd.reset)) {
            const QString text = QCoreApplication::translate("main", "The demo could not start: %1").arg(error);
            if (headless) {
                err << text << Qt::endl;
                return 1;
            }
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), text);
            return 1;
        }
    }

    if (!cmd.probeScimUrl.isEmpty()) {
        // Diagnostics without a window: the probe runs its own loop and its status is the exit status.
        insightly::ScimProbeCliOptions options;
        QFile stdinFile;
        if (!stdinFile.open(stdin, QIODevice::ReadOnly))
            err << QCoreApplication::translate("main", "Standard input could not be read.") << Qt::endl;
        return insightly::runScimProbeCli(cmd.probeScimUrl, out, err, &stdinFile, options);
    }
    if (cmd.check.run)
        return insightly::runCheckCommand(cmd, out, err);
    if (cmd.plan.run)
        return insightly::runPlanCommand(cmd, out, err);

    insightly::WizardContext context(cmd.config);
    if (cmd.demo) {
        context.setCertificateTrust(demo.browserTrust());
        context.setBrowserProfileFolder(insightly::DemoWorld::browserProfileFolder());
    }
    insightly::SetupWizard wizard(context);
    if (cmd.open.mode) // --open: a click on the weekly check's notification
        wizard.openSetup(*cmd.open.mode,
                         context.setup().catalogue().findSetup(cmd.config.tenant, cmd.open.instance));
    if (cmd.demo)
        wizard.setWindowTitle(QApplication::translate("main", "%1 — demo (simulated tenant)")
                                  .arg(QApplication::applicationDisplayName()));
    wizard.show();
    return app->exec();
}
