// The real wizard started exactly as app/main.cpp starts it (without --demo), with the first-paint probe on
// the first page. Links the product library and app/CommandLine.cpp; changes nothing in them.
#include "../../../app/CommandLine.h"
#include "FirstPaintProbe.h"
#include "config.h"
#include "core/Logging.h"
#include "core/Translations.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral(INSIGHTLY_EXECUTABLE_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    QApplication::setOrganizationName(QStringLiteral(INSIGHTLY_ORGANIZATION));
    QApplication::setApplicationVersion(QStringLiteral(INSIGHTLY_VERSION));
    QIcon appIcon;
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        appIcon.addFile(QStringLiteral(":/icons/" INSIGHTLY_EXECUTABLE_NAME "-%1.png").arg(size),
                        QSize(size, size));
    QApplication::setWindowIcon(appIcon);
    insightly::installMessageHandler();
    insightly::CommandLine cmd = insightly::parseCommandLine(QApplication::arguments());
    insightly::installTranslations(app, cmd.config.language);
    cmd = insightly::parseCommandLine(QApplication::arguments());

    // Where the wizard's own start goes (CPU ms, on stderr): up to here, the context, the pages.
    const double beforeContext = startupbench::cpuMs();
    insightly::WizardContext context(cmd.config);
    const double beforeWizard = startupbench::cpuMs();
    insightly::SetupWizard wizard(context);
    std::fprintf(stderr, "PHASES start_cpu_ms=%.1f context_cpu_ms=%.1f wizard_cpu_ms=%.1f\n", beforeContext,
                 beforeWizard - beforeContext, startupbench::cpuMs() - beforeWizard);
    new startupbench::FirstPaintProbe(wizard.page(wizard.startId()));
    wizard.show();
    return app.exec();
}
