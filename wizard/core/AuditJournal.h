#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace insightly {

// One change the wizard made (or asked the admin to make), as the journal keeps it. Never a secret: every
// text goes through redactSecrets() before it is written, and callers mask secret values first.
struct AuditEntry {
    QDateTime time;    // UTC
    QString system;    // "entra" or "insightly"
    QString method;    // POST, PATCH, PUT, DELETE — or "admin" for a step done by the admin in Insightly
    QString object;    // what was changed: a Graph path without query ("/servicePrincipals/{id}")
    QString property;  // the properties written, comma-separated (empty when the whole object)
    QString oldValue;  // before the change, when known
    QString newValue;  // what was written (compact JSON, secrets masked)
    int status = 0;    // the HTTP status of the answer (0 = none)
    QString requestId; // Graph's request-id
    QString createdId; // the id of an object the request created
    QString note;      // free text: what the admin was asked to do, what the wizard then saw

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &json);
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// The per-setup audit journal: `<AppDataLocation>/journal/<setup>.jsonl`, where <setup> is the SetupKey's id
// ("tenant@instance", or the tenant alone while a new setup has no instance), one JSON object per line,
// appended only (never rewritten), owner-only (0600, folder 0700). append() redacts every text field; read()
// returns the entries in the order they were written (the Summary page and the report show them). A damaged
// line is skipped, never fatal.
class AuditJournal
{
public:
    static constexpr int formatVersion = 1;

    explicit AuditJournal(QString directory = {}); // empty = <AppDataLocation>/journal

    QString directory() const { return m_directory; }
    // `setupId`: SetupKey::id() (a tenant id alone names a new setup's journal, or an earlier version's).
    QString filePath(const QString &setupId) const;

    // False when the folder or file could not be written (the caller may log it; the change itself stands).
    bool append(const QString &setupId, AuditEntry entry) const;
    QList<AuditEntry> read(const QString &setupId) const;

private:
    QString m_directory;
};

} // namespace insightly
