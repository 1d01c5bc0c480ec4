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
#include <QNetworkProxyFactory>

int main(int argc, char *argv[])
{
    const double atMain = startupbench::cpuMs(); // the dynamic linker and static initialisers
    QApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const double afterApplication = startupbench::cpuMs();
    QApplication::setApplicationName(QStringLiteral(INSIGHTLY_EXECUTABLE_NAME));
    QApplication::setApplicationDisplayName(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    QApplication::setOrganizationName(QStringLiteral(INSIGHTLY_ORGANIZATION));
    QApplication::setApplicationVersion(QStringLiteral(INSIGHTLY_VERSION));
    // The PNG set embedded by packaging/CMakeLists.txt, each read when first needed.
    QApplication::setWindowIcon(insightly::SetupWizard::applicationIcon());
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    insightly::installMessageHandler();
    insightly::CommandLine cmd = insightly::parseCommandLine(QApplication::arguments());
    insightly::installTranslations(app, cmd.config.language);
    cmd = insightly::parseCommandLine(QApplication::arguments());

    // Where the wizard's own start goes (CPU ms, on stderr): up to here, the context, the pages.
    const double beforeContext = startupbench::cpuMs();
    insightly::WizardContext context(cmd.config);
    const double beforeWizard = startupbench::cpuMs();
    insightly::SetupWizard wizard(context);
    std::fprintf(stderr,
                 "PHASES main_cpu_ms=%.1f application_cpu_ms=%.1f setup_cpu_ms=%.1f context_cpu_ms=%.1f "
                 "wizard_cpu_ms=%.1f\n",
                 atMain, afterApplication - atMain, beforeContext - afterApplication,
                 beforeWizard - beforeContext, startupbench::cpuMs() - beforeWizard);
    new startupbench::FirstPaintProbe(wizard.page(wizard.startId()));
    wizard.show();
    return app.exec();
}
