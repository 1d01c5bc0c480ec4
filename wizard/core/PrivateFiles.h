#pragma once

#include <QFileDevice>
#include <QString>

namespace insightly {

// Files the wizard writes (state, logs, exports, reports) are readable by the user only: 0600 for files,
// 0700 for the folders it creates. On Windows, Qt maps these to the read-only attribute only; the files
// live in the user's profile, which is private there by default.
inline constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions ownerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates `path` (and missing parents) like QDir::mkpath; the folders it creates, and `path` itself, are made
// owner-only. Returns false when the folder does not exist afterwards.
bool makePrivateFolder(const QString &path);
// Restricts an open (or about to be committed) file to its owner. Call right after open(): QSaveFile applies
// it to the file it commits.
bool restrictToOwner(QFileDevice &file);
// The same for a file given by path (e.g. a rotated log file).
bool restrictToOwner(const QString &path);

} // namespace insightly
