#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace insightly {

bool makePrivateFolder(const QString &path)
{
    // Remember which folders are new, so that only those (and the target) are restricted: a parent that
    // existed before (the home folder, AppData) is left as it was.
    QStringList created;
    QFileInfo info(QDir::cleanPath(QDir(path).absolutePath()));
    while (!info.exists() && !info.isRoot()) {
        created.prepend(info.absoluteFilePath());
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    if (!QDir().mkpath(path))
        return false;
    for (const QString &folder : std::as_const(created))
        QFile::setPermissions(folder, ownerOnlyFolder);
    QFile::setPermissions(path, ownerOnlyFolder);
    return QFileInfo(path).isDir();
}

bool restrictToOwner(QFileDevice &file)
{
    return file.setPermissions(ownerOnlyFile);
}

bool restrictToOwner(const QString &path)
{
    return QFile::setPermissions(path, ownerOnlyFile);
}

} // namespace insightly
