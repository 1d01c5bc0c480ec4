// Accelerators are unique on every page, in every language the wizard ships (issue 15): with each embedded
// translation (:/i18n/insightly_<lang>.qm, built by lrelease into insightly_wizard) and Qt's own (the
// wizard's Back/Next/Cancel/Finish), every page is built inside the real SetupWizard, and the mnemonic
// letters of every visible button, group box, tab and buddy label — the wizard's own buttons included — are
// collected page-wide, in every tab a page shows. Disabled ones count too: a button disabled before the step
// ran (Export, Create, Next) is enabled later beside the same others. A duplicate fails with "language,
// page, letter, the clashing texts". The planted row adds a button that clashes with the wizard's forward
// button on every page, and must fail.
#include "RealWizard.h"
#include "core/Translations.h"
#include "pages/SetupWizard.h"
#include "pages/SignInPage.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLayout>
#include <QMap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QtTest>

using namespace insightly;

namespace {

struct PageCase {
    QString name;
    int id;
    WizardMode mode;
    bool preflight = false; // the sign-in page after sign-in
};

QList<PageCase> pageCases()
{
    using W = SetupWizard;
    return {{QStringLiteral("Welcome"), W::Welcome, WizardMode::NewSetup},
            {QStringLiteral("sign-in"), W::SignIn, WizardMode::NewSetup},
            {QStringLiteral("preflight"), W::SignIn, WizardMode::NewSetup, true},
            {QStringLiteral("Instance"), W::Instance, WizardMode::NewSetup},
            {QStringLiteral("Step 1"), W::App, WizardMode::NewSetup},
            {QStringLiteral("Step 2"), W::Saml, WizardMode::NewSetup},
            {QStringLiteral("Step 3"), W::Scim, WizardMode::NewSetup},
            {QStringLiteral("Step 4"), W::Assign, WizardMode::NewSetup},
            {QStringLiteral("rotate certificate"), W::RotateCertificate, WizardMode::RotateCertificate},
            {QStringLiteral("rotate SCIM token"), W::RotateScimToken, WizardMode::RotateScimToken},
            {QStringLiteral("status"), W::Summary, WizardMode::CheckStatus},
            {QStringLiteral("summary"), W::Summary, WizardMode::NewSetup}};
}

// The mnemonic letter of `text` ("&Next >" → "N"), or empty.
QString mnemonicOf(const QString &text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText).remove(QStringLiteral("Alt+"));
}

// Every letter the window answers to now, with the texts that carry it.
QMap<QString, QStringList> mnemonics(QWizard *wizard)
{
    QMap<QString, QStringList> letters;
    const auto add = [&letters](const QString &text) {
        if (const QString letter = mnemonicOf(text); !letter.isEmpty())
            letters[letter.toUpper()] << text;
    };
    const auto shown = [](QWidget *w) { return w->isVisible(); };
    for (QAbstractButton *b : wizard->findChildren<QAbstractButton *>())
        if (shown(b))
            add(b->text());
    for (QGroupBox *box : wizard->findChildren<QGroupBox *>())
        if (shown(box))
            add(box->title());
    for (QTabBar *bar : wizard->findChildren<QTabBar *>())
        if (shown(bar))
            for (int i = 0; i < bar->count(); ++i)
                if (bar->isTabVisible(i) && bar->isTabEnabled(i))
                    add(bar->tabText(i));
    for (QLabel *label : wizard->findChildren<QLabel *>())
        if (shown(label) && label->buddy())
            add(label->text());
    return letters;
}

// One line per letter carried by more than one text.
QStringList clashes(QWizard *wizard, const QString &language, const QString &where)
{
    QStringList lines;
    const QMap<QString, QStringList> letters = mnemonics(wizard);
    for (auto it = letters.cbegin(); it != letters.cend(); ++it)
        if (it.value().size() > 1)
            lines << QStringLiteral("%1, %2, %3: %4")
                         .arg(language, where, it.key(),
                              QStringLiteral("\"") + it.value().join(QStringLiteral("\", \"")) +
                                  QStringLiteral("\""));
    return lines;
}

// The clashes of the page as shown, then with each other tab of its tab widgets in front.
QStringList pageClashes(QWizard *wizard, QWizardPage *page, const QString &language, const QString &name)
{
    QApplication::processEvents();
    QStringList lines = clashes(wizard, language, name);
    for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            if (i == current || !tabs->isTabVisible(i) || !tabs->isTabEnabled(i))
                continue;
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            for (const QString &line :
                 clashes(wizard, language, name + QStringLiteral(" (tab %1)").arg(tabs->tabText(i))))
                if (!lines.contains(line))
                    lines << line;
        }
        tabs->setCurrentIndex(current);
    }
    return lines;
}

// The wizard's forward button on this page (Next, or Finish on the last page).
QAbstractButton *forwardButton(QWizard *wizard)
{
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    return next->isVisible() ? next : wizard->button(QWizard::FinishButton);
}

// A button on the page itself whose letter is the wizard's forward button's.
void plantClash(QWizard *wizard, QWizardPage *page)
{
    const QString letter = mnemonicOf(forwardButton(wizard)->text());
    QVERIFY(!letter.isEmpty());
    auto *planted = new QPushButton(QStringLiteral("Planted &") + letter, page);
    planted->setObjectName(QStringLiteral("plantedClash"));
    planted->setAccessibleName(QStringLiteral("Planted clash"));
    planted->move(0, 0);
    planted->show();
    planted->raise();
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uniqueOnEveryPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("planted");
        for (const char *language : {"en", "de", "fr", "es", "ja", "pt_BR"})
            QTest::newRow(language) << QString::fromLatin1(language) << false;
        QTest::newRow("planted clash (en)") << QStringLiteral("en") << true;
    }

    void uniqueOnEveryPage()
    {
        QFETCH(QString, language);
        QFETCH(bool, planted);
        const QString qm = QStringLiteral(":/i18n/insightly_%1.qm").arg(language);
        if (language != QLatin1String("en") && !QFile::exists(qm))
            QSKIP(qPrintable(QStringLiteral("%1 is not built into insightly_wizard (translations/ lrelease); "
                                            "the %2 accelerators were not checked")
                                 .arg(qm, language)));
        const bool found = installTranslations(*qApp, language);
        QCOMPARE(found, language != QLatin1String("en"));

        QStringList failures;
        for (const PageCase &c : pageCases()) {
            insightlytest::RealWizard real(c.mode);
            WizardContext &context = real.context();
            std::unique_ptr<QWizard> wizard;
            QWizardPage *page = nullptr;
            if (c.id == SetupWizard::SignIn) {
                // The real wizard would start a sign-in: the page stands still here, as the admin sees it.
                auto *plain = new QWizard;
                wizard.reset(plain);
                plain->setWizardStyle(QWizard::ModernStyle);
                plain->setOption(QWizard::NoBackButtonOnStartPage, false);
                auto *signIn = new insightlytest::QuietSignInPage(context);
                plain->setPage(SetupWizard::Welcome, new QWizardPage); // a page before it: Back is shown
                plain->setPage(SetupWizard::SignIn, signIn);
                plain->setPage(SetupWizard::Instance, new QWizardPage); // and one after it: Next, not Finish
                page = signIn;
                const auto button = [signIn](const char *name) {
                    return signIn->findChild<QAbstractButton *>(QString::fromLatin1(name));
                };
                auto *panels = signIn->findChild<QStackedWidget *>();
                QVERIFY(panels && button("signInEmbeddedButton") && button("signInSwitchAccount"));
                if (c.preflight) {
                    panels->setCurrentIndex(panels->count() - 1);
                    for (const char *other :
                         {"signInEmbeddedButton", "signInSystemBrowserButton", "signInDeviceCodeButton"})
                        button(other)->setVisible(false);
                    button("signInSwitchAccount")->setVisible(true);
                }
            } else {
                wizard = real.startingAt(c.id);
                // As reached from the Welcome page: Back is there on every later page.
                wizard->setOption(QWizard::NoBackButtonOnStartPage, c.id == SetupWizard::Welcome);
            }
            wizard->show();
            QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
            if (c.id == SetupWizard::SignIn)
                wizard->next();
            QCOMPARE(wizard->currentId(), c.id);
            if (!page)
                page = wizard->currentPage();
            QVERIFY(page);
            if (planted)
                plantClash(wizard.get(), page);
            const QStringList found = pageClashes(wizard.get(), page, language, c.name);
            if (planted) {
                // The checker must see the planted letter on every page, naming both texts.
                const QString forward = forwardButton(wizard.get())->text();
                const QString next = mnemonicOf(forward).toUpper();
                const bool seen = std::any_of(found.cbegin(), found.cend(), [&](const QString &line) {
                    return line.contains(QStringLiteral(", %1: ").arg(next)) &&
                           line.contains(QStringLiteral("Planted &")) && line.contains(forward);
                });
                if (!seen)
                    failures << QStringLiteral("%1, %2: the planted clash on %3 was not found (%4)")
                                    .arg(language, c.name, next, found.join(QStringLiteral("; ")));
            } else {
                failures << found;
            }
        }
        installTranslations(*qApp, QStringLiteral("en"));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
