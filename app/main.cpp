// Insightly SSO Setup — start-up only: high-DPI policy, translators, command line, demo wiring, the wizard.
#include "CommandLine.h"
#include "DemoWorld.h"
#include "config.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "pages/SetupWizard.h"
#include "insightly/ScimProbeCli.h"
#include "pages/WizardContext.h"

#include <QApplication>
#include <QIcon>
#include <QFile>
#include <QMessageBox>
#include <QTextStream>


int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine, created later, needs it set first
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(INSIGHTLY_EXECUTABLE_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    QApplication::setOrganizationName(QStringLiteral(INSIGHTLY_ORGANIZATION));
    QApplication::setApplicationVersion(QStringLiteral(INSIGHTLY_VERSION));
    QIcon appIcon; // the PNG set embedded by packaging/CMakeLists.txt
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        appIcon.addFile(QStringLiteral(":/icons/" INSIGHTLY_EXECUTABLE_NAME "-%1.png").arg(size),
                        QSize(size, size));
    QApplication::setWindowIcon(appIcon);

    // Every line goes through the secret redaction before it reaches the rotating log file.
    insightly::installMessageHandler();

    // Parse once for --language, then again so that help and errors come out translated.
    insightly::CommandLine cmd = insightly::parseCommandLine(QApplication::arguments());
    insightly::installTranslations(app, cmd.config.language);
    cmd = insightly::parseCommandLine(QApplication::arguments());

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

    if (!cmd.probeScimUrl.isEmpty()) {
        // Diagnostics without a window: the probe runs its own loop and its status is the exit status.
        insightly::ScimProbeCliOptions options;
        options.allowLoopbackHttp = cmd.config.demo;
        QFile stdinFile;
        if (!stdinFile.open(stdin, QIODevice::ReadOnly))
            err << QApplication::translate("main", "Standard input could not be read.") << Qt::endl;
        return insightly::runScimProbeCli(cmd.probeScimUrl, out, err, &stdinFile, options);
    }

    insightly::DemoWorld demo;
    if (cmd.config.demo) {
        QString error;
        if (!demo.start(&cmd.config, &error)) {
            QMessageBox::critical(nullptr, QApplication::applicationDisplayName(),
                                  QApplication::translate("main", "The demo could not start: %1").arg(error));
            return 1;
        }
    }

    insightly::WizardContext context(cmd.config);
    insightly::SetupWizard wizard(context);
    if (cmd.config.demo)
        wizard.setWindowTitle(QApplication::translate("main", "%1 — demo (simulated tenant)")
                                  .arg(QApplication::applicationDisplayName()));
    wizard.show();
    return app.exec();
}
