// Insightly SSO Setup — start-up only: high-DPI policy, translators, command line, demo wiring, the wizard.
#include "CommandLine.h"
#include "DemoWorld.h"
#include "config.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

namespace {

// Qt's own strings (buttons of QWizard, dialogs) and the app's, for the requested or the system language.
void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("insightly"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine, created later, needs it set first
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(INSIGHTLY_EXECUTABLE_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    QApplication::setOrganizationName(QStringLiteral(INSIGHTLY_ORGANIZATION));
    QApplication::setApplicationVersion(QStringLiteral(INSIGHTLY_VERSION));

    // Parse once for --language, then again so that help and errors come out translated.
    insightly::CommandLine cmd = insightly::parseCommandLine(QApplication::arguments());
    installTranslators(app, cmd.config.language);
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
