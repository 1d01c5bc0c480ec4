#include "saml/SamlResponseContent.h"

#include <QXmlStreamReader>

namespace insightly {

namespace {

const QLatin1String kProtocolNs("urn:oasis:names:tc:SAML:2.0:protocol");
const QLatin1String kAssertionNs("urn:oasis:names:tc:SAML:2.0:assertion");
const QLatin1String kDsigNs("http://www.w3.org/2000/09/xmldsig#");

bool is(const QXmlStreamReader &reader, QLatin1String ns, QStringView name) {
    return reader.namespaceUri() == ns && reader.name() == name;
}

QDateTime dateTimeAttribute(const QXmlStreamReader &reader, const QString &name) {
    const QString text = reader.attributes().value(name).toString();
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString attribute(const QXmlStreamReader &reader, const QString &name) {
    return reader.attributes().value(name).toString();
}

// Reads a ds:Signature to its end; keeps the first X509Certificate of its KeyInfo.
SamlResponseContent::Signature readSignature(QXmlStreamReader &reader, const QString &signedElement) {
    SamlResponseContent::Signature signature;
    signature.signedElement = signedElement;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::StartElement) {
            if (is(reader, kDsigNs, u"X509Certificate") && signature.certificate.isNull()) {
                const CertificateLoadResult loaded =
                    SigningCertificate::load(reader.readElementText().toLatin1());
                if (loaded.certificates.size() == 1)
                    signature.certificate = loaded.certificates.first();
            } else {
                ++depth;
            }
        }
    }
    return signature;
}

void readStatus(QXmlStreamReader &reader, SamlResponseContent &content) {
    while (reader.readNextStartElement()) {
        if (is(reader, kProtocolNs, u"StatusCode")) {
            content.statusCode = attribute(reader, QStringLiteral("Value"));
            while (reader.readNextStartElement()) {
                if (is(reader, kProtocolNs, u"StatusCode") && content.statusSubCode.isEmpty())
                    content.statusSubCode = attribute(reader, QStringLiteral("Value"));
                reader.skipCurrentElement();
            }
        } else if (is(reader, kProtocolNs, u"StatusMessage")) {
            content.statusMessage = reader.readElementText().trimmed();
        } else {
            reader.skipCurrentElement();
        }
    }
}

void readSubject(QXmlStreamReader &reader, SamlResponseContent &content) {
    while (reader.readNextStartElement()) {
        if (is(reader, kAssertionNs, u"NameID")) {
            content.nameIdFormat = attribute(reader, QStringLiteral("Format"));
            content.nameId = reader.readElementText().trimmed();
        } else if (is(reader, kAssertionNs, u"SubjectConfirmation")) {
            while (reader.readNextStartElement()) {
                if (is(reader, kAssertionNs, u"SubjectConfirmationData") && content.recipient.isEmpty()) {
                    content.recipient = attribute(reader, QStringLiteral("Recipient"));
                    content.subjectNotOnOrAfter = dateTimeAttribute(reader, QStringLiteral("NotOnOrAfter"));
                }
                reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
}

void readConditions(QXmlStreamReader &reader, SamlResponseContent &content) {
    content.conditionsNotBefore = dateTimeAttribute(reader, QStringLiteral("NotBefore"));
    content.conditionsNotOnOrAfter = dateTimeAttribute(reader, QStringLiteral("NotOnOrAfter"));
    while (reader.readNextStartElement()) {
        if (is(reader, kAssertionNs, u"AudienceRestriction")) {
            while (reader.readNextStartElement()) {
                if (is(reader, kAssertionNs, u"Audience"))
                    content.audiences << reader.readElementText().trimmed();
                else
                    reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
}

void readAssertion(QXmlStreamReader &reader, SamlResponseContent &content) {
    content.hasAssertion = true;
    while (reader.readNextStartElement()) {
        if (is(reader, kAssertionNs, u"Issuer"))
            content.assertionIssuer = reader.readElementText().trimmed();
        else if (is(reader, kDsigNs, u"Signature"))
            content.signatures << readSignature(reader, QStringLiteral("Assertion"));
        else if (is(reader, kAssertionNs, u"Subject"))
            readSubject(reader, content);
        else if (is(reader, kAssertionNs, u"Conditions"))
            readConditions(reader, content);
        else
            reader.skipCurrentElement();
    }
}

QByteArray withoutWhitespace(const QByteArray &text) {
    QByteArray compact;
    compact.reserve(text.size());
    for (const char c : text) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            compact += c;
    }
    return compact;
}

} // namespace

std::optional<QByteArray> SamlResponseContent::decodePostedValue(const QByteArray &posted) {
    QByteArray value = posted.trimmed();
    const qsizetype field = value.indexOf("SAMLResponse=");
    if (field >= 0) {
        value = value.mid(field + 13);
        const qsizetype next = value.indexOf('&');
        if (next >= 0)
            value.truncate(next);
    }
    if (value.startsWith('<'))
        return value;
    // Base64 never contains '%': its presence means form encoding, where a literal '+' stands for a space.
    if (value.contains('%'))
        value = QByteArray::fromPercentEncoding(value.replace('+', ' '));
    const auto decoded =
        QByteArray::fromBase64Encoding(withoutWhitespace(value), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).isEmpty())
        return std::nullopt;
    return *decoded;
}

std::optional<SamlResponseContent> SamlResponseContent::parse(const QByteArray &xml, QString *errorDetails,
                                                              bool *notAResponse) {
    *notAResponse = false;
    QXmlStreamReader reader(xml);
    reader.setEntityExpansionLimit(0);
    // Skip the prolog; a DTD has no place in a SAML message and is refused.
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
        if (reader.tokenType() == QXmlStreamReader::DTD) {
            *errorDetails = QStringLiteral("The document declares a DTD");
            return std::nullopt;
        }
    }
    if (reader.hasError() || reader.tokenType() != QXmlStreamReader::StartElement) {
        *errorDetails = reader.hasError() ? reader.errorString() : QStringLiteral("No XML element found");
        return std::nullopt;
    }
    if (!is(reader, kProtocolNs, u"Response")) {
        *notAResponse = true;
        *errorDetails =
            QStringLiteral("Root element is <%1> (%2)").arg(reader.qualifiedName(), reader.namespaceUri());
        return std::nullopt;
    }
    SamlResponseContent content;
    content.destination = attribute(reader, QStringLiteral("Destination"));
    while (reader.readNextStartElement()) {
        if (is(reader, kAssertionNs, u"Issuer"))
            content.responseIssuer = reader.readElementText().trimmed();
        else if (is(reader, kDsigNs, u"Signature"))
            content.signatures << readSignature(reader, QStringLiteral("Response"));
        else if (is(reader, kProtocolNs, u"Status"))
            readStatus(reader, content);
        else if (is(reader, kAssertionNs, u"Assertion") && !content.hasAssertion)
            readAssertion(reader, content);
        else if (is(reader, kAssertionNs, u"EncryptedAssertion")) {
            content.hasEncryptedAssertion = true;
            reader.skipCurrentElement();
        } else
            reader.skipCurrentElement();
    }
    // Read to the end so that damage after the parts we use is still reported.
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError()) {
        *errorDetails = QStringLiteral("line %1, column %2: %3")
                            .arg(reader.lineNumber())
                            .arg(reader.columnNumber())
                            .arg(reader.errorString());
        return std::nullopt;
    }
    return content;
}

} // namespace insightly
