#pragma once

#include "core/AuditJournal.h"
#include "entra/GraphTypes.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <functional>

namespace insightly {

namespace entra {
class GraphClient;
}

// Writes every Graph write of a session to the tenant's audit journal: method, object (path), the properties
// written and their new values (secret values masked), the answer's status, Graph's request-id and the id of
// what was created. Each item of a $batch becomes its own entry. Listens to GraphClient::writeFinished; the
// wizard attaches one per signed-in session (WizardContext), tests attach their own.
class GraphAuditRecorder : public QObject
{
    Q_OBJECT
public:
    // `tenant` answers the tenant id at the time of the write (the signed-in one).
    GraphAuditRecorder(entra::GraphClient *graph, AuditJournal journal, std::function<QString()> tenant,
                       QObject *parent = nullptr);

    const AuditJournal &journal() const { return m_journal; }

    // The entries a write makes (pure: tests and the report use it too).
    static QList<AuditEntry> entriesFor(const entra::GraphRequest &request, const entra::GraphResult &result);
    // `value` with every secret-bearing property replaced by the redaction marker: the value of a
    // synchronization secret other than BaseAddress, and properties named like secrets, passwords, tokens,
    // keys or credentials (thumbprints stay: they identify a certificate, they do not unlock anything).
    static QJsonValue maskSecrets(const QJsonValue &value);

private:
    void record(const entra::GraphRequest &request, const entra::GraphResult &result);

    QPointer<entra::GraphClient> m_graph;
    AuditJournal m_journal;
    std::function<QString()> m_tenant;
};

} // namespace insightly
