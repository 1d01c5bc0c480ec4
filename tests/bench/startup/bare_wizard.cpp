// A bare QWizard with one page of text: the floor the real wizard's start-up is compared with. Built twice:
// linking Qt Widgets only, and also linking Qt WebEngine Widgets (STARTUP_LINK_WEBENGINE) without creating a
// view — the cost of merely loading the library. See tests/bench/README.md.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

#ifdef STARTUP_LINK_WEBENGINE
#include <QWebEngineView>
#endif

int main(int argc, char *argv[])
{
    const double atMain = startupbench::cpuMs();            // the dynamic linker and static initialisers
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // as the real wizard does
    QApplication app(argc, argv);
    const double afterApplication = startupbench::cpuMs();
#ifdef STARTUP_LINK_WEBENGINE
    // A use of the library that creates nothing, so that the linker keeps it even with --as-needed.
    std::printf("linked %s\n", QWebEngineView::staticMetaObject.className());
#endif
    const double beforeWizard = startupbench::cpuMs();
    QWizard wizard;
    wizard.setWizardStyle(QWizard::ModernStyle);
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Connect Insightly to Microsoft Entra ID"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare wizard page."), page));
    wizard.addPage(page);
    wizard.resize(980, 680);
    // The same phases as startup_real_wizard prints (setup: between the application and the wizard).
    std::fprintf(stderr,
                 "PHASES main_cpu_ms=%.1f application_cpu_ms=%.1f setup_cpu_ms=%.1f wizard_cpu_ms=%.1f\n",
                 atMain, afterApplication - atMain, beforeWizard - afterApplication,
                 startupbench::cpuMs() - beforeWizard);
    new startupbench::FirstPaintProbe(page);
    wizard.show();
    return app.exec();
}
