#pragma once

#include "entra/Preflight.h"
#include "flows/StatusRow.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <qcorotask.h>

namespace insightly {

class SecretStore;
class SetupStateStore;

namespace entra {
class CancelToken;
class GraphClient;
} // namespace entra

// The status of an existing setup, read live from Microsoft Graph, SetupState and the keychain — never from
// other pages — so that it is right both at the end of a new setup and straight after sign-in ("Check the
// status of an existing setup"). No widgets: the Summary page shows the rows; tests read them.
//
// start() reads everything asynchronously: the app first (the other rows are about it), then the SAML
// settings, certificates, provisioning, assignments and keychain at the same time. Each row settles on its
// own; one that cannot be read shows its own error and never hides the others. Only reads: nothing is
// written to Entra. When SetupState names no app (another computer) and exactly one Insightly SAML app
// exists, its ids are recorded in SetupState, as Step 1 would, so that a later rotation finds it.
class SetupStatusReport : public QObject
{
    Q_OBJECT
public:
    struct Inputs {
        QPointer<entra::GraphClient> graph; // the signed-in session's; null = not signed in
        QPointer<SetupStateStore> setup;
        QPointer<SecretStore> secrets;
        entra::SignedInIdentity identity; // tenant and admin (SignInSession::preflight().identity)
    };

    explicit SetupStatusReport(QObject *parent = nullptr);
    ~SetupStatusReport() override;

    void setInputs(const Inputs &inputs) { m_inputs = inputs; }
    // Reads everything again (a running read is cancelled first).
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }

    const QList<StatusRow> &rows() const { return m_rows; }
    const StatusRow &row(StatusRow::Id id) const;
    int settledCount() const;
    QDateTime generatedAt() const { return m_generatedAt; }

    // The report as plain text (clipboard) and as a standalone HTML page (file). Never a secret: the rows
    // hold no token, key or password, only where the SCIM token is kept.
    QString toPlainText() const;
    QString toHtml() const;

Q_SIGNALS:
    void started();
    void rowChanged(int index);
    void progressChanged(int settled, int total);
    void finished(bool cancelled);

private:
    QCoro::Task<> run(quint64 generation, QPointer<entra::CancelToken> cancel);
    void setRow(const StatusRow &row);
    void settleRemaining(const QString &reason, StatusRow::Level level);

    Inputs m_inputs;
    QList<StatusRow> m_rows;
    QPointer<entra::CancelToken> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QDateTime m_generatedAt;
};

} // namespace insightly
