#include "core/SetupCatalogue.h"

#include "core/LogCategories.h"
#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace insightly {

namespace {

const QLatin1String fileSuffix(".json");
const QLatin1String assignedMarksSuffix(".assigned");
const QLatin1String lastUsedMarker("last-used");

// Tenant ids are GUIDs or domain names; anything else is percent-encoded so that a name can never leave the
// folder (and never holds the '@' between tenant and instance). Lower case, because Entra tenant ids and
// domains are case-insensitive: one tenant, one name.
QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part, "-._~"));
}

QString fileBaseName(const SetupKey &setup)
{
    const QString tenant = encoded(setup.tenantId.toLower());
    return setup.instanceId.isEmpty() ? tenant : tenant + u'@' + encoded(setup.instanceId);
}

QString tenantFromFileName(const QString &fileName)
{
    const QString base = fileName.chopped(fileSuffix.size());
    return QUrl::fromPercentEncoding(base.left(base.indexOf(u'@')).toLatin1());
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QDateTime savedAt(const QJsonObject &json, const QString &path)
{
    const QDateTime when =
        QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    return when.isValid() ? when : QFileInfo(path).lastModified();
}

QString readMarker(const QString &path)
{
    QFile marker(path);
    return marker.open(QIODevice::ReadOnly) ? QString::fromUtf8(marker.readAll()).trimmed() : QString();
}

void writeMarker(const QString &directory, const QString &id)
{
    QSaveFile marker(QDir(directory).filePath(lastUsedMarker));
    if (makePrivateFolder(directory) && marker.open(QIODevice::WriteOnly)) {
        restrictToOwner(marker);
        marker.write(id.toUtf8());
        marker.commit();
    }
}

} // namespace

SetupCatalogue::SetupCatalogue(QString directory, QString journalDirectory)
    : m_directory(std::move(directory))
    , m_journalDirectory(std::move(journalDirectory))
{
}

QString SetupCatalogue::filePath(const SetupKey &setup) const
{
    return QDir(m_directory).filePath(fileBaseName(setup) + fileSuffix);
}

QString SetupCatalogue::assignedMarksPath(const SetupKey &setup) const
{
    return filePath(setup) + assignedMarksSuffix;
}

qsizetype SetupCatalogue::foldAssignedMarks(SetupState &state, const QString &marksPath)
{
    QFile file(marksPath);
    if (state.assignmentQueue.isEmpty() || !file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray bytes = file.readAll();
    QSet<QString> assigned;
    for (qsizetype start = 0, end = bytes.indexOf('\n'); end >= 0;
         start = end + 1, end = bytes.indexOf('\n', start))
        if (end > start)
            assigned.insert(QString::fromUtf8(bytes.constData() + start, end - start));
    qsizetype marked = 0;
    for (SetupState::Assignment &entry : state.assignmentQueue) {
        if (!entry.done && assigned.contains(entry.principalId)) {
            entry.done = true;
            ++marked;
        }
    }
    return marked;
}

void SetupCatalogue::rememberLastUsed(const SetupKey &setup) const
{
    writeMarker(m_directory, setup.id());
}

void SetupCatalogue::migrateTenantFiles() const
{
    // An earlier version kept one file per tenant; a setup that knows its instance moves to its own name,
    // with its journal and the last-used marker, so that a second instance of the tenant never mixes with it.
    const QDir folder(m_directory);
    const QStringList files = folder.entryList({QLatin1String("*.json")}, QDir::Files, QDir::Name);
    const QString marker = folder.filePath(lastUsedMarker);
    for (const QString &fileName : files) {
        if (fileName.contains(u'@'))
            continue;
        const QJsonObject json = readJson(folder.filePath(fileName));
        const QString tenant = json.value(QLatin1String("tenantId")).toString();
        const QString instance = json.value(QLatin1String("instanceId")).toString();
        if (tenant.isEmpty() || instance.isEmpty() ||
            json.value(QLatin1String("version")).toInt() > SetupState::formatVersion ||
            tenant.compare(tenantFromFileName(fileName), Qt::CaseInsensitive) != 0)
            continue;
        const SetupKey setup{tenant, instance};
        if (QFile::exists(filePath(setup)) || !QFile::rename(folder.filePath(fileName), filePath(setup)))
            continue;
        qCInfo(lcState).noquote() << "moved the saved setup of" << tenant << "to its instance's name";
        const AuditJournal setupJournal(m_journalDirectory);
        if (QFile::exists(setupJournal.filePath(tenant)) && !QFile::exists(setupJournal.filePath(setup.id())))
            QFile::rename(setupJournal.filePath(tenant), setupJournal.filePath(setup.id()));
        if (readMarker(marker) == tenant.toLower())
            writeMarker(m_directory, setup.id());
    }
}

QList<SetupCatalogue::SavedSetup> SetupCatalogue::knownSetups() const
{
    migrateTenantFiles();
    QList<SavedSetup> setups;
    const QDir folder(m_directory);
    const QStringList files = folder.entryList({QLatin1String("*.json")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const QString path = folder.filePath(fileName);
        const QJsonObject json = readJson(path);
        SavedSetup saved;
        saved.state = SetupState::fromJson(json);
        saved.state.tenantId = json.value(QLatin1String("tenantId")).toString();
        if (saved.state.tenantId.isEmpty() || filePath(saved.key()) != path)
            continue; // unreadable, or not the file of the setup it holds
        foldAssignedMarks(saved.state, path + assignedMarksSuffix);
        saved.savedAt = savedAt(json, path);
        setups.append(saved);
    }
    // Saved within the same millisecond: the one used last goes first.
    const QString lastUsed = readMarker(folder.filePath(lastUsedMarker));
    std::stable_sort(setups.begin(), setups.end(), [&lastUsed](const SavedSetup &a, const SavedSetup &b) {
        if (a.savedAt != b.savedAt)
            return a.savedAt > b.savedAt;
        return a.key().id() == lastUsed && b.key().id() != lastUsed;
    });
    return setups;
}

QStringList SetupCatalogue::knownTenants() const
{
    QStringList tenants;
    for (const SavedSetup &saved : knownSetups())
        tenants.append(saved.state.tenantId.toLower());
    tenants.removeDuplicates();
    tenants.sort();
    return tenants;
}

QString SetupCatalogue::mostRecentTenant() const
{
    return mostRecentSetup().tenantId.toLower();
}

SetupKey SetupCatalogue::mostRecentSetup() const
{
    const QList<SavedSetup> setups = knownSetups();
    const QString lastUsed = readMarker(QDir(m_directory).filePath(lastUsedMarker));
    for (const SavedSetup &saved : setups)
        if (saved.key().id() == lastUsed)
            return saved.key();
    return setups.isEmpty() ? SetupKey() : setups.constFirst().key();
}

SetupKey SetupCatalogue::findSetup(const QString &tenantId, const QUrl &instance) const
{
    if (tenantId.isEmpty() && instance.isEmpty())
        return {};
    for (const SavedSetup &saved : knownSetups())
        if ((tenantId.isEmpty() || saved.state.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0) &&
            (instance.isEmpty() || isSetupOfInstance(saved.state, instance)))
            return saved.key();
    return {};
}

int SetupCatalogue::removeSetupsOf(const QString &tenantId) const
{
    int removed = 0;
    for (const SavedSetup &saved : knownSetups())
        if (saved.state.tenantId.compare(tenantId, Qt::CaseInsensitive) == 0 &&
            QFile::remove(filePath(saved.key()))) {
            QFile::remove(assignedMarksPath(saved.key()));
            ++removed;
        }
    if (QFile::remove(filePath(SetupKey{tenantId, {}})))
        ++removed;
    QFile::remove(assignedMarksPath(SetupKey{tenantId, {}}));
    return removed;
}

} // namespace insightly
