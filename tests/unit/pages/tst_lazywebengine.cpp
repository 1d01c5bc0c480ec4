// The web engine starts only when a page that shows a web view is entered (start light): the wizard
// built as main() builds it has no QWebEngineView, QWebEnginePage or QWebEngineProfile while the Welcome page
// is shown, and has them once the Sign-in page (the first page with an embedded browser) is entered. A test
// of the structure, not of time: the start-up benchmark (tests/bench/startup) measures the cost.
#include "SimFixture.h"
#include "WizardDriver.h"
#include "pages/InsightlyTab.h"
#include "pages/SetupWizard.h"
#include "pages/WizardContext.h"

#include <QApplication>
#include <QDir>
#include <QSet>
#include <QStandardPaths>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QtTest>
#include <memory>

using namespace insightly;

namespace {

struct EngineObjects {
    qsizetype views = 0;
    qsizetype pages = 0;
    qsizetype profiles = 0;
    qsizetype total() const { return views + pages + profiles; }
};

// Every web-engine object reachable from a widget of the application, the application object or `extraRoot`
// (the wizard's context owns the services). QWebEngineProfile::defaultProfile() is not called: it would
// create the default profile.
EngineObjects engineObjects(QObject *extraRoot)
{
    QSet<QObject *> views;
    QSet<QObject *> pages;
    QSet<QObject *> profiles;
    QList<QObject *> roots{qApp, extraRoot};
    for (QWidget *widget : QApplication::allWidgets())
        roots.append(widget);
    for (QObject *root : std::as_const(roots)) {
        if (auto *view = qobject_cast<QWebEngineView *>(root))
            views.insert(view);
        for (QWebEngineView *view : root->findChildren<QWebEngineView *>())
            views.insert(view);
        for (QWebEnginePage *page : root->findChildren<QWebEnginePage *>())
            pages.insert(page);
        for (QWebEngineProfile *profile : root->findChildren<QWebEngineProfile *>())
            profiles.insert(profile);
    }
    return {views.size(), pages.size(), profiles.size()};
}

QByteArray describe(const EngineObjects &o)
{
    return QByteArray::number(o.views) + " view(s), " + QByteArray::number(o.pages) + " page(s), " +
           QByteArray::number(o.profiles) + " profile(s)";
}

} // namespace

class TestLazyWebEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void noWebEngineUntilSignInPageIsEntered()
    {
        testsupport::SimFixture sim;
        QVERIFY(sim.start());
        // As main() builds it: the configuration, the context, the wizard with every page, shown. The simulator
        // is this process's network (SimFixture::start sets the proxy and trusts its CA): nothing else differs.
        AppConfig config;
        auto context = std::make_unique<WizardContext>(config);
        auto wizard = std::make_unique<SetupWizard>(*context);
        const EngineObjects afterConstruction = engineObjects(context.get());
        QVERIFY2(afterConstruction.total() == 0, describe(afterConstruction).constData());

        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QCOMPARE(wizard->currentId(), int(SetupWizard::Welcome));
        // Let the first page settle (queued start-up work, timers at 0) before counting again.
        QCoreApplication::processEvents();
        const EngineObjects onWelcome = engineObjects(context.get());
        QVERIFY2(onWelcome.total() == 0, describe(onWelcome).constData());

        testsupport::WizardDriver driver(wizard.get());
        QVERIFY(driver.clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::SignIn));
        // The Sign-in page starts an interactive sign-in in its embedded browser: the engine now exists.
        QVERIFY2(driver.waitFor([&] { return engineObjects(context.get()).views >= 1; }, 30000),
                 describe(engineObjects(context.get())).constData());
        const EngineObjects onSignIn = engineObjects(context.get());
        QVERIFY2(onSignIn.pages >= 1 && onSignIn.profiles >= 1, describe(onSignIn).constData());
        QVERIFY(wizard->findChild<QWebEngineView *>(QStringLiteral("signInView")) != nullptr);

        wizard.reset();
        context.reset();
    }

    // No page is built before it is shown: at start only the Welcome page exists (no Insightly tab, no Entra
    // sign-in page); Next builds the Sign-in page and nothing beyond it; asking for a page by id builds it.
    void onlyTheWelcomePageIsBuiltAtStart()
    {
        testsupport::SimFixture sim;
        QVERIFY(sim.start());
        AppConfig config;
        auto context = std::make_unique<WizardContext>(config);
        auto wizard = std::make_unique<SetupWizard>(*context);
        QCOMPARE(wizard->pageIds(), QList<int>{SetupWizard::Welcome});
        QCOMPARE(wizard->findChildren<QWizardPage *>().size(), 1);
        QCOMPARE(wizard->findChildren<InsightlyTab *>().size(), 0);

        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        QCoreApplication::processEvents();
        QCOMPARE(wizard->pageIds(), QList<int>{SetupWizard::Welcome});

        testsupport::WizardDriver driver(wizard.get());
        QVERIFY(driver.clickWizardButton(QWizard::NextButton));
        QTRY_COMPARE(wizard->currentId(), int(SetupWizard::SignIn));
        QCOMPARE(wizard->pageIds(), (QList<int>{SetupWizard::Welcome, SetupWizard::SignIn}));
        for (int id : {SetupWizard::Instance, SetupWizard::App, SetupWizard::Saml, SetupWizard::Scim,
                       SetupWizard::Assign, SetupWizard::Summary, SetupWizard::RotateCertificate,
                       SetupWizard::RotateScimToken})
            QVERIFY2(!wizard->isPageBuilt(id), QByteArray::number(id).constData());
        QCOMPARE(wizard->findChildren<InsightlyTab *>().size(), 0);

        // Asked for by id (tests, a start page): built then, once.
        QWizardPage *summary = wizard->page(SetupWizard::Summary);
        QVERIFY(summary != nullptr);
        QVERIFY(wizard->isPageBuilt(SetupWizard::Summary));
        QCOMPARE(wizard->page(SetupWizard::Summary), summary);
        QCOMPARE(wizard->QWizard::page(SetupWizard::Summary), summary);
        QVERIFY(wizard->page(SetupWizard::Instance) != nullptr);
        QCOMPARE(wizard->findChildren<InsightlyTab *>().size(), 1);

        wizard.reset();
        context.reset();
    }
};

QTEST_MAIN(TestLazyWebEngine)
#include "tst_lazywebengine.moc"
