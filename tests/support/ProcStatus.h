#pragma once

// A field of /proc/<pid>/status in KiB (VmHWM = peak resident memory, VmRSS = now), for the benchmarks'
// memory figures; -1 when it cannot be read (another process gone, or a system without /proc). Qt Core only:
// the bare start-up programs use it too.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace benchsupport {

inline long procStatusKiB(const QByteArray &field, const QString &pid = QStringLiteral("self"))
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLong();
    return -1;
}

} // namespace benchsupport
