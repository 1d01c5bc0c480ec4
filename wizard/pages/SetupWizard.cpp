#include "pages/SetupWizard.h"

#include "config.h"
#include "pages/SignInPage.h"
#include "pages/ScimPage.h"
#include "pages/AssignPage.h"
#include "pages/AppPage.h"
#include "pages/InsightlyTab.h"
#include "pages/InstancePage.h"
#include "pages/RotateCertificatePage.h"
#include "pages/RotateScimTokenPage.h"
#include "pages/SamlPage.h"
#include "pages/StepPage.h"
#include "pages/SummaryPage.h"
#include "pages/WelcomePage.h"
#include "pages/WizardContext.h"

#include <QGuiApplication>
#include <QScreen>

namespace insightly {

SetupWizard::SetupWizard(WizardContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("%1").arg(QStringLiteral(INSIGHTLY_PRODUCT_NAME)));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);

    setPage(Welcome, new WelcomePage(context));
    setPage(SignIn, new SignInPage(context));
    // One Insightly tab for the whole wizard: the admin signs in to Insightly once (Instance page, hand-off).
    auto *insightlyTab = new InsightlyTab(context, this);
    insightlyTab->hide();
    setPage(Instance, new InstancePage(context, insightlyTab));
    setPage(App, new AppPage(context));
    setPage(Saml, new SamlPage(context, insightlyTab));
    setPage(Scim, new ScimPage(context));
    setPage(Assign, new AssignPage(context));
    setPage(RotateCertificate, new RotateCertificatePage(context, insightlyTab));
    setPage(RotateScimToken, new RotateScimTokenPage(context));
    setPage(Summary, new SummaryPage(context));
    setStartId(Welcome);

    // Fit a 1366×768 screen with room for the task bar; scale with the screen otherwise.
    QSize size(980, 680);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
    setMinimumSize(720, 520);
}

QList<int> SetupWizard::sequence(WizardMode mode)
{
    switch (mode) {
    case WizardMode::RotateCertificate:
        return {Welcome, SignIn, RotateCertificate, Summary};
    case WizardMode::RotateScimToken:
        return {Welcome, SignIn, RotateScimToken, Summary};
    case WizardMode::CheckStatus:
        return {Welcome, SignIn, Summary};
    case WizardMode::NewSetup:
        break;
    }
    return {Welcome, SignIn, Instance, App, Saml, Scim, Assign, Summary};
}

int SetupWizard::nextId() const
{
    const QList<int> pages = sequence(m_context.mode());
    const qsizetype at = pages.indexOf(currentId());
    // A page outside the mode's sequence (a test's start page, or the mode changed behind it): on to the
    // summary, the one page every mode ends with.
    if (at < 0)
        return currentId() == Summary ? -1 : int(Summary);
    return at + 1 < pages.size() ? pages.at(at + 1) : -1;
}

} // namespace insightly
