#include "pages/ReportExport.h"

#include "config.h"
#include "core/PrivateFiles.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace insightly {

ReportExport::Format ReportExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    return Format::Text;
}

QString ReportExport::write(const QString &path, const QString &html, const QString &plainText)
{
    const Format format = formatFor(path);
    QSaveFile file(path);
    if (!file.open(format == Format::Pdf ? QIODevice::WriteOnly : QIODevice::WriteOnly | QIODevice::Text))
        return file.errorString();
    restrictToOwner(file);
    if (format == Format::Pdf) {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral(INSIGHTLY_PRODUCT_NAME));
        QTextDocument document;
        document.setHtml(html);
        writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
        document.print(&writer);
    } else {
        file.write((format == Format::Html ? html : plainText).toUtf8());
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace insightly
