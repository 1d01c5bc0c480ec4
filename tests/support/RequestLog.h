// The simulator's request log (--request-log / SimOptions::requestLog) as a test reads it: one JSON object
// per request, its `url` absolute with the host name the client used.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace testsupport {

// The logged urls whose host is `host` (case-insensitive).
inline QStringList loggedUrlsFor(const QString &logFile, const QString &host)
{
    QStringList urls;
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly))
        return urls;
    while (!file.atEnd()) {
        const QJsonObject entry = QJsonDocument::fromJson(file.readLine()).object();
        const QUrl url(entry.value(QLatin1String("url")).toString());
        if (url.host().compare(host, Qt::CaseInsensitive) == 0)
            urls << url.toString();
    }
    return urls;
}

} // namespace testsupport
