#include "saml/XmlLimits.h"

#include <QStringDecoder>
#include <QXmlStreamReader>

namespace insightly {

namespace {

bool startsWithAt(const QByteArray &text, qsizetype pos, const char *prefix)
{
    const qsizetype length = qsizetype(qstrlen(prefix));
    return pos + length <= text.size() &&
           QByteArrayView(text.constData() + pos, length) == QByteArrayView(prefix);
}

// The encoding the XML declaration names, lower case; empty when none is declared.
QByteArray declaredEncoding(const QByteArray &xml)
{
    if (!xml.startsWith("<?xml"))
        return {};
    const qsizetype end = xml.indexOf("?>");
    const QByteArray declaration = xml.left(end < 0 ? 200 : end);
    const qsizetype at = declaration.indexOf("encoding");
    if (at < 0)
        return {};
    qsizetype quote = at + 8;
    while (quote < declaration.size() && declaration.at(quote) != '"' && declaration.at(quote) != '\'')
        ++quote;
    if (quote >= declaration.size())
        return {};
    const qsizetype close = declaration.indexOf(declaration.at(quote), quote + 1);
    return close < 0 ? QByteArray() : declaration.mid(quote + 1, close - quote - 1).toLower();
}

// Byte scan: DTDs and attribute counts, before QXmlStreamReader sees the document.
XmlShapeCheck scanTags(const QByteArray &xml, const XmlLimits &limits)
{
    qsizetype pos = 0;
    const qsizetype size = xml.size();
    while ((pos = xml.indexOf('<', pos)) >= 0) {
        if (startsWithAt(xml, pos, "<!--")) {
            const qsizetype end = xml.indexOf("-->", pos + 4);
            pos = end < 0 ? size : end + 3;
            continue;
        }
        if (startsWithAt(xml, pos, "<![CDATA[")) {
            const qsizetype end = xml.indexOf("]]>", pos + 9);
            pos = end < 0 ? size : end + 3;
            continue;
        }
        if (startsWithAt(xml, pos, "<?")) {
            const qsizetype end = xml.indexOf("?>", pos + 2);
            pos = end < 0 ? size : end + 2;
            continue;
        }
        if (startsWithAt(xml, pos, "<!"))
            return {XmlShapeProblem::DocumentType, QStringLiteral("A document type declaration (<!DOCTYPE or "
                                                                  "<!ENTITY) at byte %1")
                                                       .arg(pos)};
        // A start or end tag: count the '=' outside quoted values.
        int attributes = 0;
        char quote = 0;
        ++pos;
        for (; pos < size; ++pos) {
            const char c = xml.at(pos);
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                if (++attributes > limits.maxAttributesPerElement)
                    return {XmlShapeProblem::TooManyAttributes,
                            QStringLiteral("An element has more than %1 attributes (at byte %2)")
                                .arg(limits.maxAttributesPerElement)
                                .arg(pos)};
            } else if (c == '>' || c == '<') {
                break;
            }
        }
    }
    return {};
}

} // namespace

XmlShapeCheck checkXmlShape(const QByteArray &xml, const XmlLimits &limits)
{
    const QByteArray encoding = declaredEncoding(xml);
    if (encoding.isEmpty() || encoding == "utf-8" || encoding == "utf8") {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(xml);
        Q_UNUSED(decoded);
        if (decoder.hasError())
            return {XmlShapeProblem::NotUtf8, QStringLiteral("The bytes are not valid UTF-8")};
    }
    if (XmlShapeCheck scanned = scanTags(xml, limits); !scanned.ok())
        return scanned;

    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(0);
    int depth = 0;
    qsizetype elements = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::DTD:
            return {XmlShapeProblem::DocumentType, QStringLiteral("A document type declaration")};
        case QXmlStreamReader::StartElement:
            if (++depth > limits.maxDepth)
                return {XmlShapeProblem::TooDeep, QStringLiteral("Elements nest deeper than %1 (line %2)")
                                                      .arg(limits.maxDepth)
                                                      .arg(reader.lineNumber())};
            if (++elements > limits.maxElements)
                return {XmlShapeProblem::TooManyElements,
                        QStringLiteral("More than %1 elements").arg(limits.maxElements)};
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        return {XmlShapeProblem::Malformed, QStringLiteral("line %1, column %2: %3")
                                                .arg(reader.lineNumber())
                                                .arg(reader.columnNumber())
                                                .arg(reader.errorString())};
    return {};
}

} // namespace insightly
