#pragma once

#include "flows/StatusRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace insightly {

// The status report as text for the clipboard and as a standalone HTML page for a file: every row with its
// level in words (never colour alone), its facts and its action, and where users sign in.
class StatusReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(StatusReportFormat)

public:
    static inline const QString kMyAppsUrl = QStringLiteral("https://myapps.microsoft.com/");

    static QString plainText(const QList<StatusRow> &rows, const QDateTime &generatedAt);
    static QString html(const QList<StatusRow> &rows, const QDateTime &generatedAt);
    // One row as text lines (the page's tooltips and the report share it).
    static QStringList rowLines(const StatusRow &row);
};

} // namespace insightly
