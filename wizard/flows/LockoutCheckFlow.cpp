#include "flows/LockoutCheckFlow.h"

#include "core/SecretKeys.h"
#include "core/SecretStore.h"
#include "core/SetupStateStore.h"
#include "flows/FlowLog.h"
#include "insightly/InsightlyRestClient.h"

#include <QPointer>

namespace insightly {

LockoutCheckFlow::LockoutCheckFlow(FlowContext context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
}

LockoutCheckFlow::~LockoutCheckFlow()
{
    m_destroying = true;
}

bool LockoutCheckFlow::canCheck(UserMessage *why) const
{
    UserMessage problem;
    const SetupState state = m_context.setup ? m_context.setup->state() : SetupState{};
    if (!m_context.graph()) {
        problem = {tr("The lockout check cannot run yet."),
                   tr("You are not signed in to Microsoft Entra ID."),
                   tr("Go back to the sign-in step and sign in."),
                   QStringLiteral("lockout.not-signed-in"),
                   {},
                   {}};
    } else if (state.servicePrincipalId.isEmpty()) {
        problem = {tr("The lockout check cannot run yet."),
                   tr("The Insightly SAML enterprise application is not known yet."),
                   tr("Go back to step 1 and add or choose the application."),
                   QStringLiteral("lockout.no-application"),
                   {},
                   {}};
    } else if (InsightlyInstance::forPod(state.pod).isNull()) {
        problem = {tr("The lockout check cannot run yet."),
                   tr("Your Insightly instance is not known yet."),
                   tr("Go back to the Insightly instance page and confirm your Sign-in page URL."),
                   QStringLiteral("lockout.no-instance"),
                   {},
                   {}};
    }
    if (why)
        *why = problem;
    return problem.isEmpty();
}

QCoro::Task<bool> LockoutCheckFlow::hasStoredApiKey()
{
    if (!m_context.secrets || !m_context.setup)
        co_return false;
    const SecretKey key = SecretKeys::insightlyApiKey(m_context.setup->state(), m_context.tenant());
    const SecretResult stored = co_await m_context.secrets->read(key);
    co_return stored.ok && !stored.value.isEmpty();
}

QCoro::Task<QString> LockoutCheckFlow::apiKey(QString typed)
{
    QPointer<LockoutCheckFlow> self(this);
    const SecretKey key = SecretKeys::insightlyApiKey(m_context.setup->state(), m_context.tenant());
    typed = typed.trimmed();
    if (!typed.isEmpty()) {
        const SecretResult saved = co_await m_context.secrets->write(key, typed.toUtf8());
        if (self && !saved.ok)
            qCWarning(lcFlows) << "the Insightly API key could not be kept in the keychain";
        co_return typed;
    }
    const SecretResult stored = co_await m_context.secrets->read(key);
    co_return stored.ok ? QString::fromUtf8(stored.value) : QString();
}

void LockoutCheckFlow::setVerdict(Verdict verdict)
{
    if (m_verdict == verdict)
        return;
    m_verdict = verdict;
    Q_EMIT verdictChanged(verdict);
}

QCoro::Task<LockoutReport> LockoutCheckFlow::run(QString typedApiKey)
{
    QPointer<LockoutCheckFlow> self(this);
    LockoutReport report;
    if (isRunning())
        co_return report;
    if (!canCheck(&report.error)) {
        m_report = report;
        setVerdict(Verdict::NotChecked);
        Q_EMIT failed(report.error);
        co_return report;
    }
    setVerdict(Verdict::Checking);
    const QString key = co_await apiKey(typedApiKey);
    if (!self || !alive())
        co_return report;
    if (key.isEmpty()) {
        report.error = {tr("The Insightly API key is needed for this check."),
                        tr("It reads Insightly's user list to compare it with the assignments in Entra."),
                        tr("In Insightly, open User Settings › API key, copy it, and paste it here."),
                        QStringLiteral("lockout.api-key-missing"),
                        {},
                        {}};
    } else {
        const SetupState &state = m_context.setup->state();
        InsightlyRestClient insightly(m_context.network, InsightlyInstance::forPod(state.pod), key);
        report = co_await LockoutCheck::run(m_context.graph(), state.servicePrincipalId, &insightly);
        if (!self || !alive())
            co_return report;
    }
    m_report = report;
    qCInfo(lcFlows) << "lockout check:" << (report.ok() ? "ran" : "failed") << report.atRisk.size()
                    << "at risk of" << report.activeInsightlyUsers;
    if (!report.ok()) {
        setVerdict(Verdict::NotChecked);
        Q_EMIT failed(report.error);
    } else {
        setVerdict(report.atRisk.isEmpty() ? Verdict::NobodyAtRisk : Verdict::AtRisk);
    }
    Q_EMIT finished(report);
    co_return report;
}

QString LockoutCheckFlow::statusText() const
{
    switch (m_verdict) {
    case Verdict::NotChecked:
        return m_report.ok() ? tr("Not checked yet.") : tr("The check could not run.");
    case Verdict::Checking:
        return tr("Comparing Insightly's users with the assignments in Entra…");
    case Verdict::NobodyAtRisk:
        return tr("Every active Insightly user (%n) can sign in through Entra.", nullptr,
                  m_report.activeInsightlyUsers);
    case Verdict::AtRisk:
        break;
    }
    QString text = tr("%n of %1 active Insightly user(s) could not sign in once SAML login is enforced.",
                      nullptr, int(m_report.atRisk.size()))
                       .arg(m_report.activeInsightlyUsers);
    const qsizetype fixable = fixes(m_report).size();
    if (fixable > 0)
        text += u' ' + tr("%n of them can be fixed by assigning their Entra user.", nullptr, int(fixable));
    if (m_report.truncated)
        text += u' ' + tr("Insightly has more users than the check reads; the list may be incomplete.");
    return text;
}

QList<SetupState::Assignment> LockoutCheckFlow::fixes(const LockoutReport &report)
{
    QList<SetupState::Assignment> entries;
    for (const LockoutRisk &risk : report.atRisk)
        if (risk.entraUser && !risk.entraUser->id.isEmpty())
            entries << SetupState::Assignment{risk.entraUser->id, SetupState::PrincipalType::User, false};
    return entries;
}

QString LockoutCheckFlow::describe(const LockoutRisk &risk)
{
    const InsightlyUser &u = risk.insightlyUser;
    const QString name = QStringList{u.firstName, u.lastName}.join(u' ').trimmed();
    QString text = name.isEmpty() ? u.email : tr("%1 <%2>").arg(name, u.email);
    if (risk.isKeyOwner)
        text = tr("You: %1").arg(text);
    text += risk.entraUser ? tr(" — Entra user %1 is not assigned").arg(risk.entraUser->address())
                           : tr(" — no Entra user with this e-mail");
    return text;
}

} // namespace insightly
