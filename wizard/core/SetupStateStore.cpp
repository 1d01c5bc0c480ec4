#include "core/SetupStateStore.h"

#include "core/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace insightly {

namespace {

const QLatin1String fileSuffix(".json");
const QLatin1String lastUsedMarker("last-used");

// Tenant ids are GUIDs or domain names; anything else is percent-encoded so that a name can never leave the
// folder. Lower case, because Entra tenant ids and domains are case-insensitive: one tenant, one file.
QString fileBaseName(const QString &tenantId)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(tenantId.toLower(), "-._~"));
}

QString tenantFromFileName(const QString &fileName)
{
    return QUrl::fromPercentEncoding(fileName.chopped(fileSuffix.size()).toLatin1());
}

QDateTime savedAt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    const QDateTime when =
        QDateTime::fromString(json.value(QLatin1String("savedAt")).toString(), Qt::ISODateWithMs);
    return when.isValid() ? when : QFileInfo(path).lastModified();
}

} // namespace

SetupStateStore::SetupStateStore(QObject *parent)
    : SetupStateStore(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QLatin1String("/setups"),
                      parent)
{
}

SetupStateStore::SetupStateStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
}

QString SetupStateStore::filePath(const QString &tenantId) const
{
    return QDir(m_directory).filePath(fileBaseName(tenantId) + fileSuffix);
}

SetupStateStore::LoadResult SetupStateStore::load(const QString &tenantId)
{
    m_state = SetupState();
    m_state.tenantId = tenantId;
    m_boundTenant.clear();
    const QString path = filePath(tenantId);
    LoadResult result;

    QFile file(path);
    if (!file.exists()) {
        result.outcome = LoadOutcome::NotFound;
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_readOnlyTenants.insert(tenantId.toLower());
        result.outcome = LoadOutcome::Failed;
        result.message.what = tr("The saved setup for %1 couldn't be opened.").arg(tenantId);
        result.message.why = file.errorString();
        result.message.action = tr("Check the permissions of %1, then restart the wizard. Until then, the "
                                   "wizard won't overwrite it.")
                                    .arg(QDir::toNativeSeparators(path));
        result.message.details = file.errorString();
    } else {
        const QByteArray bytes = file.readAll();
        file.close();
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        const QJsonObject json = document.object();
        const QJsonValue version = json.value(QLatin1String("version"));
        QString problem;
        if (parseError.error != QJsonParseError::NoError)
            problem = tr("It isn't valid JSON (%1 at byte %2).")
                          .arg(parseError.errorString())
                          .arg(parseError.offset);
        else if (!document.isObject())
            problem = tr("It doesn't contain a setup.");
        else if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != version.toInt())
            problem = tr("It has no valid format version.");
        else if (version.toInt() <= SetupState::formatVersion &&
                 json.value(QLatin1String("tenantId")).toString().compare(tenantId, Qt::CaseInsensitive) != 0)
            problem = tr("It belongs to another tenant.");

        if (problem.isEmpty() && version.toInt() > SetupState::formatVersion) {
            // Reading it could lose what the newer version knows; writing it would destroy it.
            m_readOnlyTenants.insert(tenantId.toLower());
            m_state = SetupState();
            result.outcome = LoadOutcome::NewerVersion;
            result.message.what =
                tr("The saved setup for %1 was created by a newer version of Insightly SSO Setup.")
                    .arg(tenantId);
            result.message.why = tr("This version understands setup format %1; the file uses format %2.")
                                     .arg(SetupState::formatVersion)
                                     .arg(version.toInt());
            result.message.action =
                tr("Update the app to the latest version, then open this setup again. The "
                   "file was left untouched.");
            result.message.code = QStringLiteral("SetupStateNewerVersion");
            result.message.details = QDir::toNativeSeparators(path);
        } else if (!problem.isEmpty()) {
            const QString asidePath = moveAside(path);
            result.outcome = asidePath.isEmpty() ? LoadOutcome::Failed : LoadOutcome::Corrupt;
            result.message.what = tr("The saved setup for %1 couldn't be read.").arg(tenantId);
            result.message.why = tr("The file is damaged. %1").arg(problem);
            if (asidePath.isEmpty()) {
                m_readOnlyTenants.insert(tenantId.toLower());
                result.message.action =
                    tr("The file couldn't be moved aside, so the wizard won't overwrite it. "
                       "Move or delete %1, then restart the wizard.")
                        .arg(QDir::toNativeSeparators(path));
            } else {
                result.message.action = tr("The wizard starts this setup afresh and checks what already "
                                           "exists in your tenant, so "
                                           "nothing is created twice. The damaged file was kept as %1.")
                                            .arg(QDir::toNativeSeparators(asidePath));
            }
            result.message.code = QStringLiteral("SetupStateCorrupt");
            result.message.details = problem;
        } else {
            m_state = SetupState::fromJson(json);
            m_state.tenantId = json.value(QLatin1String("tenantId")).toString();
            result.outcome = LoadOutcome::Loaded;
        }
    }

    if (!result.message.isEmpty())
        qCWarning(lcState).noquote() << result.message.what << result.message.why;
    if (result.outcome == LoadOutcome::Loaded || result.outcome == LoadOutcome::NotFound ||
        result.outcome == LoadOutcome::Corrupt)
        m_boundTenant = tenantId.toLower();
    if (result.outcome == LoadOutcome::Loaded)
        rememberLastUsed();
    emit changed();
    return result;
}

SetupStateStore::LoadResult SetupStateStore::loadMostRecent()
{
    const QString tenant = mostRecentTenant();
    if (tenant.isEmpty())
        return {};
    return load(tenant);
}

bool SetupStateStore::update(const std::function<void(SetupState &)> &change)
{
    change(m_state);
    const bool saved = save();
    emit changed();
    return saved;
}

bool SetupStateStore::replace(const SetupState &state)
{
    return update([&state](SetupState &current) { current = state; });
}

bool SetupStateStore::markStepCompleted(SetupState::Step step, const QDateTime &when)
{
    return update([step, &when](SetupState &state) { state.markStepCompleted(step, when); });
}

QStringList SetupStateStore::knownTenants() const
{
    QStringList tenants;
    const QStringList files = QDir(m_directory).entryList({QLatin1String("*.json")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files)
        tenants.append(tenantFromFileName(fileName));
    return tenants;
}

QString SetupStateStore::mostRecentTenant() const
{
    const QStringList tenants = knownTenants();
    QFile marker(QDir(m_directory).filePath(lastUsedMarker));
    if (marker.open(QIODevice::ReadOnly)) {
        const QString lastUsed = QString::fromUtf8(marker.readAll()).trimmed();
        if (tenants.contains(lastUsed))
            return lastUsed;
    }
    QString newest;
    QDateTime newestTime;
    for (const QString &tenant : tenants) {
        const QDateTime when = savedAt(filePath(tenant));
        if (newest.isEmpty() || when > newestTime) {
            newest = tenant;
            newestTime = when;
        }
    }
    return newest;
}

bool SetupStateStore::save()
{
    m_lastSaveError = UserMessage();
    if (m_state.tenantId.isEmpty())
        return true; // nothing identifies the setup yet; it is saved once signed in
    const QString tenant = m_state.tenantId.toLower();
    const QString path = filePath(tenant);

    if (m_readOnlyTenants.contains(tenant)) {
        m_lastSaveError.what = tr("The setup progress for %1 isn't being saved.").arg(m_state.tenantId);
        m_lastSaveError.why =
            tr("Its saved file was made by a newer version of the app, or couldn't be read.");
        m_lastSaveError.action = tr("Update the app, or move %1 away, then restart the wizard.")
                                     .arg(QDir::toNativeSeparators(path));
        m_lastSaveError.code = QStringLiteral("SetupStateReadOnly");
    } else if (tenant != m_boundTenant && QFile::exists(path)) {
        // The tenant changed under a state that wasn't loaded from its file: writing would erase the progress
        // saved there. Callers load(tenantId) as soon as the tenant is known.
        m_lastSaveError.what = tr("The setup progress for %1 isn't being saved.").arg(m_state.tenantId);
        m_lastSaveError.why = tr("A saved setup for this tenant exists and wasn't opened.");
        m_lastSaveError.action = tr("Restart the wizard to continue the saved setup.");
        m_lastSaveError.code = QStringLiteral("SetupStateNotLoaded");
    } else {
        QJsonObject json = m_state.toJson();
        json.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
        QSaveFile file(path);
        // A short write (disk full, file-size limit) is not an error to QFileDevice; without this check
        // commit() would replace the good file with a truncated one.
        const bool written = QDir().mkpath(m_directory) && file.open(QIODevice::WriteOnly) &&
                             file.write(bytes) == bytes.size();
        if (!written)
            file.cancelWriting();
        if (written && file.commit()) {
            m_boundTenant = tenant;
            rememberLastUsed();
            return true;
        }
        m_lastSaveError.what = tr("The setup progress couldn't be saved.");
        m_lastSaveError.why = file.errorString();
        m_lastSaveError.action = tr("Check that the disk has free space and that %1 is writable. The wizard "
                                    "keeps working, but a later run may not resume where this one stopped.")
                                     .arg(QDir::toNativeSeparators(m_directory));
        m_lastSaveError.code = QStringLiteral("SetupStateSaveFailed");
        m_lastSaveError.details = file.errorString();
    }
    qCWarning(lcState).noquote() << m_lastSaveError.what << m_lastSaveError.why;
    emit saveFailed(m_lastSaveError);
    return false;
}

void SetupStateStore::rememberLastUsed()
{
    QSaveFile marker(QDir(m_directory).filePath(lastUsedMarker));
    if (QDir().mkpath(m_directory) && marker.open(QIODevice::WriteOnly)) {
        marker.write(m_state.tenantId.toLower().toUtf8());
        marker.commit();
    }
}

QString SetupStateStore::moveAside(const QString &path) const
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzzZ"));
    QString aside = path + QLatin1String(".corrupt-") + stamp;
    for (int n = 2; QFile::exists(aside); ++n)
        aside = path + QLatin1String(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    return QFile::rename(path, aside) ? aside : QString();
}

} // namespace insightly
