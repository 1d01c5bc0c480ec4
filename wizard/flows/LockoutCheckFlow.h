#pragma once

#include "core/SetupState.h"
#include "core/UserMessage.h"
#include "flows/FlowContext.h"
#include "insightly/LockoutCheck.h"

#include <QList>
#include <QObject>
#include <qcorotask.h>

namespace insightly {

// The lockout check, before the admin ticks Enforce SAML Login in Insightly and again on the Summary:
// Insightly's active users (REST v3.1, with the admin's API key) compared with the users assigned to the
// enterprise application in Entra (insightly/LockoutCheck). The API key is kept in the OS keychain only
// (SecretKeys::insightlyApiKey): once typed — here or on the Instance page — it is used again. The verdict
// and the sentence describing it come from the last report, so nothing shown goes stale.
class LockoutCheckFlow : public QObject
{
    Q_OBJECT
public:
    enum class Verdict {
        NotChecked,   // not run yet, or it could not run
        Checking,     // running
        NobodyAtRisk, // every active Insightly user can sign in through Entra
        AtRisk,       // someone would be locked out
    };
    Q_ENUM(Verdict)

    explicit LockoutCheckFlow(FlowContext context, QObject *parent = nullptr);
    ~LockoutCheckFlow() override;

    // Signed in, the app known and the Insightly instance known. Otherwise `why` says what to do.
    bool canCheck(UserMessage *why = nullptr) const;
    // Whether the keychain holds an API key for this instance (the admin then need not type it again).
    QCoro::Task<bool> hasStoredApiKey();

    // Runs the check. A non-empty `typedApiKey` is used and kept in the keychain; otherwise the kept one is.
    QCoro::Task<LockoutReport> run(QString typedApiKey = {});

    Verdict verdict() const { return m_verdict; }
    bool isRunning() const { return m_verdict == Verdict::Checking; }
    const LockoutReport &lastReport() const { return m_report; }
    // One sentence for the verdict now.
    QString statusText() const;
    // The assignments that let the at-risk users sign in: each one's Entra user with the same address.
    static QList<SetupState::Assignment> fixes(const LockoutReport &report);
    // "Ann Lee <ann@contoso.example> — no Entra user with this e-mail", the key owner marked.
    static QString describe(const LockoutRisk &risk);

Q_SIGNALS:
    void verdictChanged(insightly::LockoutCheckFlow::Verdict verdict);
    void finished(const insightly::LockoutReport &report);
    void failed(const insightly::UserMessage &message);

private:
    QCoro::Task<QString> apiKey(QString typed);
    void setVerdict(Verdict verdict);
    bool alive() const { return !m_destroying; }

    FlowContext m_context;
    LockoutReport m_report;
    Verdict m_verdict = Verdict::NotChecked;
    bool m_destroying = false;
};

} // namespace insightly
