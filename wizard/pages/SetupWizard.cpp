#include "pages/SetupWizard.h"

#include "config.h"
#include "pages/AppPage.h"
#include "pages/InsightlyTab.h"
#include "pages/InstancePage.h"
#include "pages/SamlPage.h"
#include "pages/StepPage.h"
#include "pages/WelcomePage.h"
#include "pages/WizardContext.h"

#include <QGuiApplication>
#include <QScreen>

namespace insightly {

namespace {

// A step whose capability is not built yet: its title, the article's instructions, and a plain notice.
StepPage *pendingStep(WizardContext &context, const QString &objectName, const QString &title,
                      const QString &subTitle, const QString &instructions, const QString &missing)
{
    auto *page = new StepPage(context, objectName);
    page->setTitle(title);
    page->setSubTitle(subTitle);
    page->setInstructions(instructions);
    page->setNotBuilt(missing);
    return page;
}

} // namespace

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
    setPage(SignIn, pendingStep(
        context, QStringLiteral("signInPage"), tr("Sign in to Microsoft Entra ID"),
        tr("Sign in with an account that may manage enterprise applications in your tenant."),
        tr("<p>Sign in in the browser on this page. The wizard then checks, before it changes anything, that your "
           "account holds the <b>Cloud Application Administrator</b> or <b>Application Administrator</b> role and "
           "that the permissions it needs were granted.</p>"
           "<p>If your organisation blocks sign-in in embedded browsers, use <i>Sign in with the system browser</i> "
           "or <i>Sign in with a code</i>.</p>"),
        tr("Signing in to Microsoft Entra ID from the wizard is not built yet.")));
    // One Insightly tab for the whole wizard: the admin signs in to Insightly once (Instance page, hand-off).
    auto *insightlyTab = new InsightlyTab(context, this);
    insightlyTab->hide();
    setPage(Instance, new InstancePage(context, insightlyTab));
    setPage(App, new AppPage(context));
    setPage(Saml, new SamlPage(context, insightlyTab));
    setPage(Scim, pendingStep(
        context, QStringLiteral("scimPage"), tr("Step 3 — Connect SCIM provisioning"),
        tr("Insightly's SCIM endpoint and token, tested and saved in Entra."),
        tr("<ol><li>In Insightly, tick <b>Enable SCIM Provisioning</b> and save.</li>"
           "<li>Copy the <b>SCIM endpoint</b> and the <b>token</b> Insightly shows.</li>"
           "<li>In Entra: Provisioning mode <b>Automatic</b>, Tenant URL = the endpoint, Secret Token = the token, "
           "<b>Test Connection</b>, save, and start provisioning.</li></ol>"),
        tr("Connecting SCIM provisioning is not built yet.")));
    setPage(Assign, pendingStep(
        context, QStringLiteral("assignPage"), tr("Step 4 — Assign users and groups"),
        tr("Who may sign in to Insightly through Entra, and who is provisioned."),
        tr("<p>Assign the users and groups who use Insightly. Their Insightly e-mail address must match their "
           "Entra sign-in name.</p><p>Users then sign in from <b>https://myapps.microsoft.com</b>.</p>"),
        tr("Assigning users and groups is not built yet.")));
    setPage(Summary, pendingStep(
        context, QStringLiteral("summaryPage"), tr("Summary"), tr("What was set up, and what to do next."),
        QString(), tr("The summary of the setup is not built yet.")));
    setStartId(Welcome);

    // Fit a 1366×768 screen with room for the task bar; scale with the screen otherwise.
    QSize size(980, 680);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.95);
    resize(size);
    setMinimumSize(720, 520);
}

} // namespace insightly
