// The request-log side of GraphContract: reading what the simulator logged and reporting it.
#include "GraphContract.h"

#include <QHostAddress>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace testsupport {

namespace {

bool isGraphV1(const QString &url)
{
    return url == QLatin1String("/v1.0") || url.startsWith(QLatin1String("/v1.0/")) ||
           url.startsWith(QLatin1String("/v1.0?"));
}

bool isBatch(const QString &url)
{
    const QString path = url.left(url.indexOf(u'?'));
    return path == QLatin1String("/v1.0/$batch") || path == QLatin1String("/v1.0/%24batch");
}

} // namespace

QString ContractProblem::kindName(Kind kind)
{
    switch (kind) {
    case UnknownPath:
        return QStringLiteral("UnknownPath");
    case MethodNotAllowed:
        return QStringLiteral("MethodNotAllowed");
    case UnknownBodyProperty:
        return QStringLiteral("UnknownBodyProperty");
    case BodyNotAllowed:
        return QStringLiteral("BodyNotAllowed");
    case UnknownQueryOption:
        return QStringLiteral("UnknownQueryOption");
    case UnknownEnumValue:
        return QStringLiteral("UnknownEnumValue");
    case InvalidBatch:
        return QStringLiteral("InvalidBatch");
    }
    return QStringLiteral("?");
}

RequestLogReport GraphContract::checkRequestLog(const QString &path) const
{
    RequestLogReport report;
    report.file = path;
    if (!m_loaded) {
        report.error = QStringLiteral("the Graph description is not loaded");
        return report;
    }
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        report.error = QStringLiteral("cannot read %1: %2").arg(path, in.errorString());
        return report;
    }
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const QString method = entry.value(QStringLiteral("method")).toString();
        QString url = entry.value(QStringLiteral("url")).toString();
        // The simulator logs absolute URLs with the host the client used: Graph's requests are those sent to
        // a Graph host (or the simulator's loopback base URL); their path and query are what is checked.
        if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))) {
            const QUrl absolute(url);
            const QString host = absolute.host().toLower();
            const bool graphHost = host.startsWith(QLatin1String("graph.")) ||
                                   host.contains(QLatin1String("microsoftgraph")) ||
                                   QHostAddress(host).isLoopback();
            url = graphHost ? absolute.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded)
                            : QString(u'/' + host);
        }
        if (method.isEmpty() || url.isEmpty()) {
            report.unreadableLines.append(lineNumber);
            continue;
        }
        if (!isGraphV1(url)) {
            ++report.ignored;
            continue;
        }
        // The simulator logs each $batch item as well; the $batch line holds the same items as the client
        // sent them (with their headers), so they are checked there, once.
        if (entry.value(QStringLiteral("batchItem")).toBool()) {
            ++report.batchItemLines;
            continue;
        }
        const QJsonValue body = entry.value(QStringLiteral("body"));
        const QList<ContractProblem> problems = check(method, url, body);
        report.checked += 1;
        if (isBatch(url))
            report.checked += int(body.toObject().value(QStringLiteral("requests")).toArray().size());
        QSet<QString> requestsWithProblems; // "" = the line's request itself, else a batch item id
        for (const ContractProblem &problem : problems) {
            requestsWithProblems.insert(problem.batchItemId);
            report.problems.append(
                {lineNumber, method, url, entry.value(QStringLiteral("status")).toInt(), problem});
        }
        report.unknown += int(requestsWithProblems.size());
    }
    return report;
}

QString RequestLogReport::summary() const
{
    QString text =
        QStringLiteral("Graph contract check of %1: %2 Graph requests checked, %3 not in the description, "
                       "%4 other lines ignored, %5 batch items logged on their own (checked in their $batch)")
            .arg(file)
            .arg(checked)
            .arg(unknown)
            .arg(ignored)
            .arg(batchItemLines);
    if (!error.isEmpty())
        text += QStringLiteral("\n  error: ") + error;
    for (int line : unreadableLines)
        text += QStringLiteral("\n  line %1: not a request-log entry").arg(line);
    for (const RequestLogProblem &p : problems)
        text += QStringLiteral("\n  line %1: %2 %3 (answered %4)\n      %5")
                    .arg(p.line)
                    .arg(p.method, p.url)
                    .arg(p.status)
                    .arg(p.problem.toString());
    return text;
}

} // namespace testsupport
