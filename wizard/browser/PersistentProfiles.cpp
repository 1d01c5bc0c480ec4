#include "browser/PersistentProfiles.h"

#include "core/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QWebEngineProfile>

namespace insightly {

namespace {
QString safeFolderName(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString safe = name.toLower();
    safe.replace(unsafe, QStringLiteral("_"));
    return safe.isEmpty() ? QStringLiteral("default") : safe;
}

// Owner-only: the folder holds signed-in sessions.
bool makeOwnerOnlyFolder(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}
} // namespace

PersistentProfiles::PersistentProfiles(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
{
}

PersistentProfiles::~PersistentProfiles() = default; // the profiles are children

QString PersistentProfiles::profileFolder(const QString &name) const
{
    return QDir(m_folder).filePath(safeFolderName(name));
}

QWebEngineProfile *PersistentProfiles::profile(const QString &name)
{
    const QString key = safeFolderName(name);
    if (QWebEngineProfile *existing = m_profiles.value(key))
        return existing;
    const QString path = profileFolder(name);
    if (!makeOwnerOnlyFolder(m_folder) || !makeOwnerOnlyFolder(path))
        qCWarning(lcBrowser) << "the browser profile folder could not be made owner-only:" << path;
    // A storage name makes the profile persistent; its paths are set before any page uses it.
    auto *profile = new QWebEngineProfile(key, this);
    profile->setPersistentStoragePath(path);
    profile->setCachePath(QDir(path).filePath(QStringLiteral("cache")));
    profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    profile->setHttpAcceptLanguage(QLocale().uiLanguages().join(u','));
    m_profiles.insert(key, profile);
    return profile;
}

} // namespace insightly
