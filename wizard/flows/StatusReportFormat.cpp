#include "flows/StatusReportFormat.h"

#include "config.h"

#include <QLocale>

namespace insightly {

namespace {

QString generatedText(const QDateTime &generatedAt)
{
    return generatedAt.isValid() ? QLocale().toString(generatedAt.toLocalTime(), QLocale::LongFormat)
                                 : QString();
}

} // namespace

QStringList StatusReportFormat::rowLines(const StatusRow &row)
{
    QStringList lines;
    lines << tr("[%1] %2: %3").arg(StatusRow::levelText(row.level).toUpper(), row.title, row.summary);
    for (const auto &[label, value] : row.facts)
        lines << tr("    %1: %2").arg(label, value);
    if (!row.error.isEmpty()) {
        if (!row.error.why.isEmpty())
            lines << tr("    Why: %1").arg(row.error.why);
        if (!row.error.requestId.isEmpty())
            lines << tr("    Request ID: %1").arg(row.error.requestId);
    }
    if (!row.action.isEmpty())
        lines << tr("    What to do: %1").arg(row.action);
    return lines;
}

QString StatusReportFormat::plainText(const QList<StatusRow> &rows, const QDateTime &generatedAt)
{
    QStringList lines;
    lines << tr("%1 — status report").arg(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
    lines << tr("Read on %1").arg(generatedText(generatedAt));
    lines << QString();
    for (const StatusRow &row : rows) {
        lines << rowLines(row);
        lines << QString();
    }
    lines << tr("Users sign in to Insightly at %1").arg(kMyAppsUrl);
    return lines.join(u'\n') + u'\n';
}

QString StatusReportFormat::html(const QList<StatusRow> &rows, const QDateTime &generatedAt)
{
    const QString title =
        tr("%1 — status report").arg(QStringLiteral(INSIGHTLY_PRODUCT_NAME)).toHtmlEscaped();
    QString out;
    out +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>\n")
            .arg(QLocale().bcp47Name(), title);
    out += QStringLiteral("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                          "td,th{border:1px solid #999;padding:.4em;vertical-align:top;text-align:left}"
                          ".ok{background:#e8f5e9}.warning{background:#fff8e1}.error{background:#ffebee}"
                          ".unknown,.not-applicable{background:#f5f5f5}</style></head><body>\n");
    out += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n")
               .arg(title, tr("Read on %1").arg(generatedText(generatedAt)).toHtmlEscaped());
    out += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(tr("Status").toHtmlEscaped(), tr("Check").toHtmlEscaped(), tr("Details").toHtmlEscaped(),
                    tr("What to do").toHtmlEscaped());
    for (const StatusRow &row : rows) {
        QString details = QStringLiteral("<p>%1</p>").arg(row.summary.toHtmlEscaped());
        if (!row.facts.isEmpty()) {
            details += QStringLiteral("<ul>");
            for (const auto &[label, value] : row.facts)
                details +=
                    QStringLiteral("<li>%1: %2</li>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
            details += QStringLiteral("</ul>");
        }
        if (!row.error.isEmpty() && !row.error.requestId.isEmpty())
            details += QStringLiteral("<p>%1</p>")
                           .arg(tr("Request ID: %1").arg(row.error.requestId).toHtmlEscaped());
        out += QStringLiteral("<tr class=\"%1\"><td>%2 %3</td><td>%4</td><td>%5</td><td>%6</td></tr>\n")
                   .arg(StatusRow::levelKey(row.level), StatusRow::levelSymbol(row.level),
                        StatusRow::levelText(row.level).toHtmlEscaped(), row.title.toHtmlEscaped(), details,
                        row.action.toHtmlEscaped());
    }
    out += QStringLiteral("</table>\n<p>%1 <a href=\"%2\">%2</a></p>\n</body></html>\n")
               .arg(tr("Users sign in to Insightly at").toHtmlEscaped(), kMyAppsUrl);
    return out;
}

} // namespace insightly
