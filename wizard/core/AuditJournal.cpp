#include "core/AuditJournal.h"

#include "core/PrivateFiles.h"
#include "core/SecretRedaction.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

namespace insightly {

namespace {

constexpr qsizetype kMaxValueLength = 4000; // a journal line stays readable; the request log has the rest

QString clean(const QString &text)
{
    QString redacted = redactSecrets(text);
    if (redacted.size() > kMaxValueLength)
        redacted = redacted.left(kMaxValueLength) + QStringLiteral("…");
    return redacted;
}

// Setup ids (SetupKey::id(): a tenant id or domain, then '@' and the Insightly instance) only: a file name
// never leaves the journal folder.
QString fileNameFor(const QString &setupId)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9.@-]"));
    QString name = setupId.toLower();
    name.replace(unsafe, QStringLiteral("_"));
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(u'_');
    return name + QStringLiteral(".jsonl");
}

} // namespace

QJsonObject AuditEntry::toJson() const
{
    QJsonObject json{{QStringLiteral("v"), AuditJournal::formatVersion},
                     {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("system"), system},
                     {QStringLiteral("method"), method},
                     {QStringLiteral("object"), object}};
    const auto optional = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    optional("property", property);
    optional("old", oldValue);
    optional("new", newValue);
    if (status != 0)
        json.insert(QStringLiteral("status"), status);
    optional("requestId", requestId);
    optional("createdId", createdId);
    optional("note", note);
    return json;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &json)
{
    AuditEntry e;
    e.time = QDateTime::fromString(json.value(QLatin1String("time")).toString(), Qt::ISODateWithMs);
    e.system = json.value(QLatin1String("system")).toString();
    e.method = json.value(QLatin1String("method")).toString();
    e.object = json.value(QLatin1String("object")).toString();
    e.property = json.value(QLatin1String("property")).toString();
    e.oldValue = json.value(QLatin1String("old")).toString();
    e.newValue = json.value(QLatin1String("new")).toString();
    e.status = json.value(QLatin1String("status")).toInt();
    e.requestId = json.value(QLatin1String("requestId")).toString();
    e.createdId = json.value(QLatin1String("createdId")).toString();
    e.note = json.value(QLatin1String("note")).toString();
    return e;
}

AuditJournal::AuditJournal(QString directory)
    : m_directory(directory.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                            QStringLiteral("/journal")
                                      : std::move(directory))
{
}

QString AuditJournal::filePath(const QString &setupId) const
{
    return QDir(m_directory).filePath(fileNameFor(setupId));
}

bool AuditJournal::append(const QString &setupId, AuditEntry entry) const
{
    if (setupId.isEmpty() || !makePrivateFolder(m_directory))
        return false;
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTimeUtc();
    for (QString *text : {&entry.system, &entry.method, &entry.object, &entry.property, &entry.oldValue,
                          &entry.newValue, &entry.requestId, &entry.createdId, &entry.note})
        *text = clean(*text);
    QFile file(filePath(setupId));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    restrictToOwner(file);
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    return file.write(line) == line.size() && file.flush();
}

QList<AuditEntry> AuditJournal::read(const QString &setupId) const
{
    QList<AuditEntry> entries;
    QFile file(filePath(setupId));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && doc.isObject())
            entries.append(AuditEntry::fromJson(doc.object()));
    }
    return entries;
}

} // namespace insightly
