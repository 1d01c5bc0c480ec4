// Every page of the wizard at the window sizes an admin has: on a 1366×768 screen (1300×700), on a 1280×720
// screen (1264×640) and at the wizard's preferred size (1120×700) — and, when run with QT_SCALE_FACTOR=1.25
// (the second CTest of this executable, so fonts and metrics really scale), on a 1280×720 screen at 125 %:
// 1024×576 logical pixels less a task bar, a title bar and the frame (1008×496). Nothing scrolls sideways, no
// button's text is cut, the page's first action is on screen without scrolling, every information label is
// spoken by its text (never by an object name), and line-edit clear buttons have names.
//
// The pages are built by the real SetupWizard without signing in; the sign-in page and its preflight table
// are shown as the admin sees them (the embedded sign-in; a preflight report with long role names) without
// starting a sign-in.
#include "RealWizard.h"
#include "entra/Preflight.h"
#include "pages/PreflightView.h"
#include "pages/SetupWizard.h"
#include "pages/SignInPage.h"
#include "pages/WizardContext.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextDocument>
#include <QToolButton>
#include <QWizard>
#include <QtTest>

using namespace insightly;

namespace {

enum class Special { None, SignIn, Preflight };

struct Size {
    QString name;
    QSize size;
};

// The window sizes of this run, in logical pixels.
QList<Size> windowSizes()
{
    const qreal scale = QGuiApplication::primaryScreen()->devicePixelRatio();
    if (scale > 1.2)
        return {{QStringLiteral("1280x720 at %1%").arg(qRound(scale * 100)), QSize(1008, 496)}};
    return {{QStringLiteral("1366x768"), QSize(1300, 700)},
            {QStringLiteral("1280x720"), QSize(1264, 640)},
            {QStringLiteral("preferred"), QSize(1120, 700)}};
}

entra::PreflightReport longPreflightReport()
{
    entra::PreflightReport report;
    report.identity.tenantId = QStringLiteral("72f988bf-86f1-41af-91ab-2d7cd011db47");
    report.identity.tenantName = QStringLiteral("Contoso Consulting International Holdings");
    report.identity.userPrincipalName =
        QStringLiteral("administrator.of.everything@contoso-international.example");
    report.identity.displayName = QStringLiteral("Administrator of Everything");
    entra::PreflightRow role;
    role.id = QStringLiteral("role");
    role.title = QStringLiteral("A role that may configure enterprise applications");
    role.passed = true;
    role.seen =
        QStringLiteral("Cloud Application Administrator, Privileged Role Administrator, Global Reader");
    report.rows << role;
    for (const auto &[scope, step] : entra::requiredScopes()) {
        entra::PreflightRow row;
        row.id = QStringLiteral("scope:") + scope;
        row.title = scope + QStringLiteral(" (") + step + u')';
        row.passed = true;
        row.seen = QStringLiteral("granted");
        report.rows << row;
    }
    return report;
}

} // namespace

class TestPageLayout : public QObject
{
    Q_OBJECT

    // The page's own content (the scroll area StepPage puts it in).
    static QScrollArea *contentArea(QWizardPage *page)
    {
        return page->findChild<QScrollArea *>(page->objectName() + QStringLiteral("Scroll"));
    }

    // Checks what is on screen now; `failures` collects one line per fault.
    static void inspect(QWizard *wizard, QWizardPage *page, const QString &where, QStringList *failures)
    {
        QScrollArea *scroll = contentArea(page);
        if (!scroll) {
            *failures << where + QStringLiteral(": no content scroll area");
            return;
        }
        QApplication::processEvents();
        for (QScrollArea *area : page->findChildren<QScrollArea *>()) {
            if (area->isVisible() && area->horizontalScrollBar()->isVisible())
                *failures << where +
                                 QStringLiteral(": %1 scrolls sideways (content %2 px in a view of %3 px)")
                                     .arg(area->objectName().isEmpty() ? QStringLiteral("a scroll area")
                                                                       : area->objectName())
                                     .arg(area->widget()->minimumSizeHint().width())
                                     .arg(area->viewport()->width());
        }
        QList<QAbstractButton *> buttons = page->findChildren<QAbstractButton *>();
        for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                            QWizard::FinishButton, QWizard::CancelButton})
            buttons << wizard->button(which);
        for (QAbstractButton *button : std::as_const(buttons)) {
            if (!button->isVisible() || qobject_cast<QToolButton *>(button) || button->inherits("QTabBar") ||
                button->parentWidget()->inherits("QTabBar"))
                continue;
            if (button->width() < button->sizeHint().width())
                *failures << where + QStringLiteral(": button \"%1\" cut (%2 of %3 px)")
                                         .arg(button->text())
                                         .arg(button->width())
                                         .arg(button->sizeHint().width());
        }
        for (QWidget *widget : scroll->widget()->findChildren<QWidget *>()) {
            if (!widget->objectName().isEmpty() && widget->accessibleName() == widget->objectName())
                *failures
                    << where + QStringLiteral(": %1 is spoken by its object name").arg(widget->objectName());
        }
        for (QLabel *label : scroll->widget()->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(page) || label->text().isEmpty() || label->buddy())
                continue;
            QTextDocument doc;
            doc.setHtml(label->text());
            const QString shown = Qt::mightBeRichText(label->text()) ? doc.toPlainText() : label->text();
            QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(label);
            const QString spoken =
                a11y ? a11y->text(QAccessible::Name) + u' ' + a11y->text(QAccessible::Description)
                     : QString();
            // Every word of the text's start is spoken (its symbols, such as "✗", may be said in words).
            const QString lower = spoken.toLower();
            const QStringList words = shown.simplified().left(60).toLower().split(
                QRegularExpression(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption),
                Qt::SkipEmptyParts);
            if (std::any_of(words.cbegin(), words.cend(),
                            [&lower](const QString &word) { return !lower.contains(word); }))
                *failures << where + QStringLiteral(": label %1 does not speak its text (\"%2\" / \"%3\")")
                                         .arg(label->objectName(), shown.left(40), spoken.left(40));
        }
        for (QLineEdit *edit : scroll->widget()->findChildren<QLineEdit *>()) {
            if (!edit->isClearButtonEnabled())
                continue;
            for (QToolButton *clear : edit->findChildren<QToolButton *>())
                if (clear->accessibleName().isEmpty())
                    *failures << where + QStringLiteral(": the clear button of %1 has no name")
                                             .arg(edit->objectName());
        }
    }

    // True when `widget` is shown whole, without scrolling: inside every scroll area it sits in, inside the
    // page, and inside the window above the wizard's own buttons.
    static bool onScreen(QWizard *wizard, QWizardPage *page, QWidget *widget)
    {
        if (!widget->isVisible())
            return false;
        const QRect onPage(widget->mapTo(page, QPoint(0, 0)), widget->size());
        if (!page->rect().contains(onPage))
            return false;
        const QRect inWindow(widget->mapTo(wizard, QPoint(0, 0)), widget->size());
        const int buttonsTop = wizard->button(QWizard::CancelButton)->mapTo(wizard, QPoint(0, 0)).y();
        if (!wizard->rect().contains(inWindow) || inWindow.bottom() >= buttonsTop)
            return false;
        for (QWidget *w = widget->parentWidget(); w && w != page; w = w->parentWidget()) {
            auto *area = qobject_cast<QScrollArea *>(w);
            if (!area)
                continue;
            const QRect inViewport(widget->mapTo(area->viewport(), QPoint(0, 0)), widget->size());
            if (!area->viewport()->rect().contains(inViewport))
                return false;
        }
        return true;
    }

    // Every visible tab of the page's tab widgets, one after the other, then back to the first.
    static void inspectTabs(QWizard *wizard, QWizardPage *page, const QString &where, QStringList *failures)
    {
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (!tabs->isTabVisible(i) || i == current)
                    continue;
                tabs->setCurrentIndex(i);
                inspect(wizard, page, where + QStringLiteral(", tab %1").arg(tabs->tabText(i)), failures);
            }
            tabs->setCurrentIndex(current);
            QApplication::processEvents();
        }
    }

    static void checkSizes(QWizard *wizard, QWizardPage *page, const QString &name, const QString &primary,
                           QStringList *failures)
    {
        for (const Size &size : windowSizes()) {
            wizard->resize(size.size);
            QApplication::processEvents();
            const QString where = name + QStringLiteral(" at ") + size.name;
            if (wizard->size() != size.size)
                *failures << where + QStringLiteral(": the window is %1×%2, it cannot be made smaller")
                                         .arg(wizard->width())
                                         .arg(wizard->height());
            inspect(wizard, page, where, failures);
            auto *first = page->findChild<QWidget *>(primary);
            if (!first)
                *failures << where + QStringLiteral(": no %1").arg(primary);
            else if (!onScreen(wizard, page, first))
                *failures << where + QStringLiteral(": %1 is not on screen without scrolling (at y %2 of the "
                                                    "page's %3 px; the content needs %4 px, its view has %5)")
                                         .arg(primary)
                                         .arg(first->mapTo(page, QPoint(0, 0)).y())
                                         .arg(page->height())
                                         .arg(contentArea(page)->widget()->minimumSizeHint().height())
                                         .arg(contentArea(page)->viewport()->height());
            inspectTabs(wizard, page, where, failures);
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPageFits_data()
    {
        QTest::addColumn<int>("pageId");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("special");
        QTest::addColumn<QString>("primary"); // the page's first action: on screen without scrolling
        const auto row = [](const char *name, int id, WizardMode mode, Special special, const char *primary) {
            QTest::newRow(name) << id << int(mode) << int(special) << QString::fromLatin1(primary);
        };
        using W = SetupWizard;
        row("Welcome", W::Welcome, WizardMode::NewSetup, Special::None, "modeNewSetup");
        row("sign-in", W::SignIn, WizardMode::NewSetup, Special::SignIn, "signInSystemBrowserButton");
        row("preflight", W::SignIn, WizardMode::NewSetup, Special::Preflight, "signInSwitchAccount");
        row("Instance", W::Instance, WizardMode::NewSetup, Special::None, "instanceUrlEdit");
        row("Step 1", W::App, WizardMode::NewSetup, Special::None, "appStartButton");
        row("Step 2", W::Saml, WizardMode::NewSetup, Special::None, "samlConfigureButton");
        row("Step 3", W::Scim, WizardMode::NewSetup, Special::None, "scimTestButton");
        row("Step 4", W::Assign, WizardMode::NewSetup, Special::None, "assignAddButton");
        row("rotate certificate", W::RotateCertificate, WizardMode::RotateCertificate, Special::None,
            "rotateCreateButton");
        row("rotate SCIM token", W::RotateScimToken, WizardMode::RotateScimToken, Special::None,
            "rotateScimTestSaveButton");
        row("status", W::Summary, WizardMode::CheckStatus, Special::None, "summaryRefreshButton");
        row("summary", W::Summary, WizardMode::NewSetup, Special::None, "summaryRefreshButton");
    }

    void everyPageFits()
    {
        QFETCH(int, pageId);
        QFETCH(int, mode);
        QFETCH(int, special);
        QFETCH(QString, primary);
        insightlytest::RealWizard real{WizardMode(mode)};
        QStringList failures;
        const QString name = QString::fromLatin1(QTest::currentDataTag());

        if (Special(special) == Special::None) {
            const auto wizard = real.startingAt(pageId);
            wizard->show();
            QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
            QWizardPage *page = wizard->currentPage();
            QVERIFY(page);
            QCOMPARE(wizard->currentId(), pageId);
            checkSizes(wizard.get(), page, name, primary, &failures);
        } else {
            QWizard wizard;
            wizard.setWizardStyle(QWizard::ModernStyle);
            wizard.setMinimumSize(0, 0);
            auto *page = new insightlytest::QuietSignInPage(real.context());
            wizard.addPage(page);
            auto *panels = page->findChild<QStackedWidget *>();
            QVERIFY(panels);
            auto button = [page](const char *objectName) {
                return page->findChild<QAbstractButton *>(QString::fromLatin1(objectName));
            };
            QVERIFY(button("signInEmbeddedButton") && button("signInSwitchAccount"));
            if (Special(special) == Special::SignIn) {
                // As the first visit shows it: the embedded sign-in, the other ways below it.
                panels->setCurrentIndex(1);
                button("signInEmbeddedButton")->hide();
            } else {
                auto *preflight = page->findChild<PreflightView *>();
                QVERIFY(preflight);
                preflight->show(longPreflightReport());
                panels->setCurrentWidget(preflight);
                for (const char *other :
                     {"signInEmbeddedButton", "signInSystemBrowserButton", "signInDeviceCodeButton"})
                    button(other)->hide();
                button("signInSwitchAccount")->show();
            }
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            checkSizes(&wizard, page, name, primary, &failures);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    // The rotate-SCIM-token page has Insightly's tab too (issue 15).
    void rotateScimTokenHasInsightlysTab()
    {
        insightlytest::RealWizard real(WizardMode::RotateScimToken);
        const auto wizard = real.startingAt(SetupWizard::RotateScimToken);
        auto *tabs = wizard->page(SetupWizard::RotateScimToken)
                         ->findChild<QTabWidget *>(QStringLiteral("rotateScimTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 2); // the new token, and Insightly itself
    }
};

QTEST_MAIN(TestPageLayout)
#include "tst_pagelayout.moc"
