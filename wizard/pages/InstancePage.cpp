#include "pages/InstancePage.h"
#include "pages/InfoLabel.h"
#include "pages/PageWidgets.h"

#include "core/LogCategories.h"
#include "core/SecretKeys.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "entra/Preflight.h"
#include "entra/SignInSession.h"
#include "insightly/InsightlyRestClient.h"
#include "pages/InsightlyTab.h"
#include "pages/WizardContext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace insightly {

InstancePage::InstancePage(WizardContext &context, InsightlyTab *insightlyTab, QWidget *parent)
    : StepPage(context, QStringLiteral("instancePage"), parent)
    , m_insightly(insightlyTab)
{
    setTitle(tr("Your Insightly instance"));
    setSubTitle(tr("Copy Insightly's Sign-in page URL into the wizard."));
    setInstructions(
        tr("<ol><li>Sign in to Insightly in the tab below (or in your usual browser).</li>"
           "<li>Open <b>System Settings › Security › SAML and SCIM</b>.</li>"
           "<li>Copy the <b>Sign-in page URL</b>. It looks like "
           "<tt>https://crm.na1.insightly.com/user/saml?instanceId=…</tt>.</li>"
           "<li>Paste it here, or use <i>Take the URL from this page</i>. The wizard uses it as both "
           "the Identifier (Entity ID) and the Reply URL.</li></ol>"
           "<p>Optionally give an Insightly API key (User Settings › API key): the wizard then "
           "confirms the instance and that you are an Insightly administrator.</p>"));

    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("instanceUrlEdit"));
    m_url->setAccessibleName(tr("Insightly Sign-in page URL"));
    m_url->setPlaceholderText(QStringLiteral("https://crm.na1.insightly.com/user/saml?instanceId=…"));
    enableClearButton(m_url);
    form->addRow(tr("&Sign-in page URL:"), m_url);
    m_urlMessage = new QLabel(this);
    m_urlMessage->setObjectName(QStringLiteral("instanceUrlMessage"));
    m_urlMessage->setAccessibleName(tr("Check of the Sign-in page URL"));
    m_urlMessage->setWordWrap(true);
    form->addRow(QString(), m_urlMessage);
    m_pod = new QLabel(this);
    m_pod->setObjectName(QStringLiteral("instancePodLabel"));
    m_pod->setAccessibleName(tr("Insightly pod"));
    form->addRow(tr("Pod:"), m_pod);

    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(QStringLiteral("instanceApiKeyEdit"));
    m_apiKey->setAccessibleName(tr("Insightly API key (optional)"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("optional"));
    m_checkKey = makeButton(this, QStringLiteral("instanceCheckKeyButton"), tr("Check &key"),
                            tr("Check the Insightly API key"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_checkKey);
    auto *apiKeyLabel = new QLabel(tr("Insightly &API key:"), this);
    apiKeyLabel->setBuddy(m_apiKey); // addRow() sets no buddy for a row of several widgets
    form->addRow(apiKeyLabel, keyRow);
    m_keyResult = new QLabel(this);
    m_keyResult->setObjectName(QStringLiteral("instanceApiKeyResult"));
    m_keyResult->setAccessibleName(tr("Result of the API key check"));
    m_keyResult->setWordWrap(true);
    form->addRow(QString(), m_keyResult);
    InfoLabel::showText(m_keyResult, QString()); // hidden until there is a result
    contentLayout()->addLayout(form);

    auto *browserRow = new QHBoxLayout;
    m_podChoice = new QComboBox(this);
    m_podChoice->setObjectName(QStringLiteral("instancePodChoice"));
    m_podChoice->setAccessibleName(tr("Insightly pod to open"));
    for (const char *pod : {"na1", "eu1", "au1"})
        m_podChoice->addItem(QString::fromLatin1(pod));
    m_open =
        makeButton(this, QStringLiteral("instanceOpenInsightlyButton"), tr("&Open Insightly's SAML settings"),
                   tr("Open Insightly's SAML settings in the tab below"));
    m_takeUrl = makeButton(this, QStringLiteral("instanceTakeUrlButton"), tr("&Take the URL from this page"),
                           tr("Take the Sign-in page URL from the Insightly page"));
    browserRow->addWidget(m_podChoice);
    browserRow->addWidget(m_open);
    browserRow->addWidget(m_takeUrl);
    browserRow->addStretch(1);
    contentLayout()->addLayout(browserRow);

    connect(m_url, &QLineEdit::textChanged, this, &InstancePage::revalidate);
    connect(m_open, &QPushButton::clicked, this, &InstancePage::openInsightly);
    connect(m_takeUrl, &QPushButton::clicked, this, &InstancePage::takeUrlFromPage);
    connect(m_checkKey, &QPushButton::clicked, this, [this] { checkApiKey(); });
    connect(m_apiKey, &QLineEdit::textChanged, this, [this] { InfoLabel::showText(m_keyResult, QString()); });
    revalidate();
}

void InstancePage::initializePage()
{
    m_insightly->showIn(contentLayout());
    // The first field takes the keyboard focus once the wizard has shown the page (QWizard gives the focus
    // to the page's first focusable child after initializePage(), which may be the scroll area or the
    // Insightly tab): a keyboard user continues where the page starts.
    QTimer::singleShot(0, m_url, [url = m_url] {
        if (url->isVisible())
            url->setFocus(Qt::TabFocusReason);
    });
    if (m_initialized)
        return; // after Back: keep what the admin typed
    m_initialized = true;
    const SetupState &state = context().setup().state();
    if (!state.insightlySignInUrl.isEmpty())
        m_url->setText(state.insightlySignInUrl.toString());
    if (!state.pod.isEmpty() && m_podChoice->findText(state.pod) >= 0)
        m_podChoice->setCurrentText(state.pod);
}

QString InstancePage::tenantId() const
{
    if (auto *session = context().session(); session && !session->preflight().identity.tenantId.isEmpty())
        return session->preflight().identity.tenantId;
    return context().tenant();
}

void InstancePage::revalidate()
{
    const QString text = m_url->text();
    m_validation = InsightlyUrls::validateSignInPageUrl(text);
    QString message;
    if (text.trimmed().isEmpty()) {
        message = tr("Paste Insightly's Sign-in page URL.");
    } else if (!m_validation.isValid()) {
        const UserMessage &e = m_validation.error;
        message = e.why.isEmpty() ? e.what : e.what + u' ' + e.why;
        if (!e.action.isEmpty())
            message += u' ' + e.action;
    } else {
        message = tr("This is a Sign-in page URL (instance %1).").arg(m_validation.instanceId);
        for (const UserMessage &note : m_validation.notes)
            message += u' ' + note.what;
    }
    InfoLabel::showText(m_urlMessage, message);
    m_urlMessage->setProperty("valid", m_validation.isValid());
    m_urlMessage->setProperty("code", m_validation.error.code);
    m_pod->setText(m_validation.isValid() ? m_validation.instance.pod() : QString());
    m_pod->setAccessibleDescription(m_pod->text()); // the row stays, its value may be empty
    if (m_validation.isValid() && m_podChoice->findText(m_validation.instance.pod()) >= 0)
        m_podChoice->setCurrentText(m_validation.instance.pod());
    emit completeChanged();
}

void InstancePage::openInsightly()
{
    // The pod of a valid URL wins; otherwise the pod the admin picked.
    m_insightly->setInstance(m_validation.isValid() ? m_validation.instance
                                                    : InsightlyInstance::forPod(m_podChoice->currentText()));
    m_insightly->openSettingsPage();
}

void InstancePage::takeUrlFromPage()
{
    QPointer<InstancePage> self(this);
    m_insightly->readSignInPageUrl([self](const QString &url) {
        if (!self)
            return;
        if (url.isEmpty()) {
            InfoLabel::showText(
                self->m_urlMessage,
                tr("The Sign-in page URL is not on the page shown. Sign in to Insightly, open System "
                   "Settings › "
                   "Security › SAML and SCIM, then try again — or copy the URL by hand."));
            return;
        }
        self->m_url->setText(url);
    });
}

QCoro::Task<> InstancePage::checkApiKey()
{
    QPointer<InstancePage> self(this);
    const QString key = m_apiKey->text().trimmed();
    if (key.isEmpty() || !m_validation.isValid()) {
        InfoLabel::showText(
            m_keyResult, key.isEmpty() ? tr("Enter the API key first.")
                                       : tr("Enter a valid Sign-in page URL first: it names the instance."));
        co_return;
    }
    const SignInUrlValidation validation = m_validation;
    auto *client = new InsightlyRestClient(&context().network(), validation.instance, key, this);
    m_rest = client;
    m_checkKey->setEnabled(false);
    InfoLabel::showText(m_keyResult, tr("Checking the key with Insightly…"));
    emit completeChanged();
    const InsightlyMeResult result = co_await client->me();
    if (!self)
        co_return;
    m_rest.clear();
    client->deleteLater();
    m_checkKey->setEnabled(true);
    if (!result.ok()) {
        InfoLabel::showText(m_keyResult, result.error.what + u' ' + result.error.action);
        emit completeChanged();
        co_return;
    }
    const UserMessage requirement = InsightlyRestClient::administratorRequirement(*result.user);
    if (!requirement.isEmpty()) {
        InfoLabel::showText(m_keyResult, requirement.what + u' ' + requirement.action);
        emit completeChanged();
        co_return;
    }
    const SecretResult stored = co_await context().secrets().write(
        SecretKeys::insightlyApiKey(context().setup().state(), tenantId(), validation.instanceId),
        key.toUtf8());
    if (!self)
        co_return;
    const QString who =
        QStringLiteral("%1 %2 (%3)").arg(result.user->firstName, result.user->lastName, result.user->email);
    InfoLabel::showText(
        m_keyResult, stored.ok ? tr("The key belongs to %1, an administrator of this Insightly instance. "
                                    "It was saved in the system keychain.")
                                     .arg(who)
                               : tr("The key belongs to %1, an administrator, but it could not be saved: %2")
                                     .arg(who, stored.error.what));
    m_keyResult->setProperty("confirmedAdministrator", true);
    qCInfo(lcPages) << "Insightly API key confirmed for instance" << validation.instanceId;
    emit completeChanged();
}

bool InstancePage::isComplete() const
{
    return m_validation.isValid() && !m_rest && StepPage::isComplete();
}

bool InstancePage::validatePage()
{
    if (!m_validation.isValid())
        return false;
    const SignInUrlValidation v = m_validation;
    const QString tenant = tenantId();
    context().setup().update([&](SetupState &state) {
        if (state.tenantId.isEmpty())
            state.tenantId = tenant;
        state.insightlySignInUrl = v.url;
        state.instanceId = v.instanceId;
        state.pod = v.instance.pod();
    });
    context().setup().markStepCompleted(SetupState::Step::Instance);
    m_insightly->setInstance(v.instance);
    return true;
}

} // namespace insightly
