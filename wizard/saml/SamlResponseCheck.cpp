#include "saml/SamlResponseCheck.h"

#include "core/SecretRedaction.h"
#include "core/TextLimits.h"
#include "saml/XmlLimits.h"

#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSamlResponseCheck, "insightly.saml.responsecheck")

namespace insightly {

namespace {

const QString kSuccess = QStringLiteral("urn:oasis:names:tc:SAML:2.0:status:Success");

SamlCheckRow row(const char *id, const QString &title, bool passed, const QString &seen,
                 const QString &expected) {
    SamlCheckRow r;
    r.id = QString::fromLatin1(id);
    r.title = title;
    r.passed = passed;
    r.seen = seen;
    r.expected = expected;
    return r;
}

QString orAbsent(const QString &value) {
    return value.isEmpty() ? SamlResponseCheck::tr("(not present)") : value;
}

QString isoTime(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : SamlResponseCheck::tr("(not present)");
}

QString basicSamlConfiguration() {
    return SamlResponseCheck::tr(
        "In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit");
}

SamlCheckRow statusRow(const SamlResponseContent &content) {
    const bool passed = content.statusCode == kSuccess;
    QString seen = content.statusCode.section(u':', -1);
    if (!content.statusSubCode.isEmpty())
        seen += u'/' + content.statusSubCode.section(u':', -1);
    if (!content.statusMessage.isEmpty())
        seen += QStringLiteral(": ") + content.statusMessage;
    SamlCheckRow r =
        row(SamlCheckId::Status, SamlResponseCheck::tr("Sign-in status"), passed, orAbsent(seen), QStringLiteral("Success"));
    if (!passed) {
        // Entra puts its AADSTS error into StatusMessage; that code is what its documentation and support
        // use.
        static const QRegularExpression aadsts(QStringLiteral("AADSTS\\d+"));
        const QString aadstsCode = aadsts.match(content.statusMessage).captured(0);
        QString action = SamlResponseCheck::tr("Read the status message, fix the cause in Entra, then sign in again.");
        if (aadstsCode == u"AADSTS50105")
            action =
                SamlResponseCheck::tr("Assign the user (or a group they are in) to the Insightly SAML application in Entra "
                       "(Users and groups), then sign in again.");
        r.failure =
            makeUserMessage("saml.status", SamlResponseCheck::tr("Entra did not sign the user in."),
                            SamlResponseCheck::tr("The SAML response status is %1.").arg(orAbsent(seen)),
                            action, content.statusMessage);
        if (!aadstsCode.isEmpty())
            r.failure.code = aadstsCode;
    }
    return r;
}

SamlCheckRow issuerRow(const SamlResponseContent &content, const SamlResponseExpectations &expected) {
    const QString &want = expected.entraIdentifier;
    const bool responseOk = content.responseIssuer.isEmpty() || content.responseIssuer == want;
    const bool assertionOk = !content.hasAssertion || content.assertionIssuer == want;
    const QString seen = !responseOk
                             ? content.responseIssuer
                             : (content.hasAssertion ? content.assertionIssuer : content.responseIssuer);
    SamlCheckRow r = row(SamlCheckId::Issuer, SamlResponseCheck::tr("Issuer (Microsoft Entra Identifier)"),
                         responseOk && assertionOk, orAbsent(seen), want);
    if (!r.passed) {
        r.failure = makeUserMessage(
            "saml.issuer",
            SamlResponseCheck::tr(
                "The response was issued by %1, but this tenant's Microsoft Entra Identifier is "
                "%2.")
                .arg(orAbsent(seen), want),
            SamlResponseCheck::tr(
                "The sign-in happened in another tenant (or another identity provider) than the "
                "one the wizard set up."),
            SamlResponseCheck::tr(
                "Sign in to My Apps with an account of the tenant the wizard set up, then try "
                "again."));
    }
    return r;
}

// Destination (Response) and Recipient (SubjectConfirmationData) both name the Reply URL Entra used.
SamlCheckRow replyUrlRow(const char *id, const char *code, const QString &title, const QString &seenValue,
                         const SamlResponseExpectations &expected, bool absentIsFine) {
    const QString want = expected.replyUrl.toString();
    const bool passed = seenValue.isEmpty() ? absentIsFine : QUrl(seenValue) == expected.replyUrl;
    SamlCheckRow r = row(id, title, passed, orAbsent(seenValue), want);
    if (!passed) {
        r.failure = makeUserMessage(
            code,
            SamlResponseCheck::tr("Reply URL in Entra is %1, but Insightly's Sign-in page URL is %2.")
                .arg(orAbsent(seenValue), want),
            SamlResponseCheck::tr("Entra posts the response to its Reply URL and names it inside; Insightly "
                                  "refuses a response addressed elsewhere."),
            basicSamlConfiguration() + u'\n' +
                SamlResponseCheck::tr(
                    "Set Reply URL (Assertion Consumer Service URL) to %1, save, and sign in "
                    "again.")
                    .arg(want));
    }
    return r;
}

SamlCheckRow audienceRow(const SamlResponseContent &content, const SamlResponseExpectations &expected) {
    const bool passed = content.audiences.contains(expected.entityId);
    const QString seen = content.audiences.join(QStringLiteral(", "));
    SamlCheckRow r = row(SamlCheckId::Audience, SamlResponseCheck::tr("Audience (Identifier, Entity ID)"), passed,
                         orAbsent(seen), expected.entityId);
    if (!passed) {
        r.failure = makeUserMessage(
            "saml.audience",
            SamlResponseCheck::tr("Identifier (Entity ID) in Entra is %1, the SAML response was for that "
                                  "audience, but Insightly expects %2.")
                .arg(orAbsent(seen), expected.entityId),
            SamlResponseCheck::tr("Entra writes its Identifier (Entity ID) into the response's Audience; "
                                  "Insightly accepts only responses meant for its Sign-in page URL."),
            basicSamlConfiguration() + u'\n' +
                SamlResponseCheck::tr(
                    "Set Identifier (Entity ID) to %1 (and make it the default), save, and sign "
                    "in again.")
                    .arg(expected.entityId));
    }
    return r;
}

SamlCheckRow nameIdRow(const SamlResponseContent &content) {
    const bool passed = content.nameId.contains(u'@');
    SamlCheckRow r = row(SamlCheckId::NameId, SamlResponseCheck::tr("User identifier (NameID)"), passed,
                         orAbsent(content.nameId), SamlResponseCheck::tr("the user's email address"));
    if (!passed) {
        r.failure = makeUserMessage(
            "saml.name-id",
            content.nameId.isEmpty()
                ? SamlResponseCheck::tr("The response carries no user identifier (NameID).")
                : SamlResponseCheck::tr("The user identifier (NameID) %1 is not an email address.")
                      .arg(content.nameId),
            SamlResponseCheck::tr(
                "Insightly finds the user by the email address in NameID; it must match the "
                "user's Insightly email."),
            SamlResponseCheck::tr(
                "In Entra, Single sign-on, Attributes & Claims: set Unique User Identifier "
                "(Name ID) to user.userprincipalname (or user.mail), save, and sign in again."));
    }
    return r;
}

UserMessage clockFailure(const char *code, const QString &what) {
    return makeUserMessage(
        code, what,
        SamlResponseCheck::tr(
            "This computer's clock differs from Entra's by more than five minutes, or the response "
            "was captured earlier and is being reused."),
        SamlResponseCheck::tr("Check this computer's date, time and time zone, then sign in again."));
}

SamlCheckRow subjectValidityRow(const SamlResponseContent &content,
                                const SamlResponseExpectations &expected) {
    const QDateTime &until = content.subjectNotOnOrAfter;
    const bool passed = until.isValid() && expected.now < until.addSecs(SamlResponseCheck::kClockSkewSeconds);
    SamlCheckRow r = row(SamlCheckId::SubjectValidity, SamlResponseCheck::tr("Subject confirmation still valid"), passed,
                         SamlResponseCheck::tr("until %1").arg(isoTime(until)),
                         SamlResponseCheck::tr("valid at %1 (± 5 minutes)").arg(isoTime(expected.now)));
    if (!passed) {
        r.failure =
            until.isValid()
                ? clockFailure("saml.expired",
                               SamlResponseCheck::tr("The SAML response expired at %1; it is now %2.")
                                   .arg(isoTime(until), isoTime(expected.now)))
                : makeUserMessage("saml.expired",
                                  SamlResponseCheck::tr("The response does not say until when it is valid."),
                                  SamlResponseCheck::tr("SubjectConfirmationData has no NotOnOrAfter."),
                                  SamlResponseCheck::tr("Sign in again through My Apps."));
    }
    return r;
}

SamlCheckRow conditionsValidityRow(const SamlResponseContent &content,
                                   const SamlResponseExpectations &expected) {
    const QDateTime &from = content.conditionsNotBefore;
    const QDateTime &until = content.conditionsNotOnOrAfter;
    const int skew = SamlResponseCheck::kClockSkewSeconds;
    const bool started = !from.isValid() || from.addSecs(-skew) <= expected.now;
    const bool ended = until.isValid() && expected.now >= until.addSecs(skew);
    const bool passed = started && !ended && until.isValid();
    SamlCheckRow r = row(SamlCheckId::ConditionsValidity, SamlResponseCheck::tr("Assertion validity period"), passed,
                         SamlResponseCheck::tr("from %1 until %2").arg(isoTime(from), isoTime(until)),
                         SamlResponseCheck::tr("valid at %1 (± 5 minutes)").arg(isoTime(expected.now)));
    if (!started) {
        r.failure = clockFailure("saml.not-yet-valid",
                                 SamlResponseCheck::tr("The SAML response is valid only from %1; it is now %2.")
                                     .arg(isoTime(from), isoTime(expected.now)));
    } else if (ended) {
        r.failure = clockFailure("saml.expired", SamlResponseCheck::tr("The SAML response expired at %1; it is now %2.")
                                                     .arg(isoTime(until), isoTime(expected.now)));
    } else if (!passed) {
        r.failure = makeUserMessage(
            "saml.expired", SamlResponseCheck::tr("The response does not say until when it is valid."),
            SamlResponseCheck::tr("Conditions has no NotOnOrAfter."),
            SamlResponseCheck::tr("Sign in again through My Apps."));
    }
    return r;
}

SamlCheckRow certificateRow(const SamlResponseContent &content, const SamlResponseExpectations &expected) {
    const QString active = SigningCertificate::normalizedThumbprint(expected.activeThumbprint);
    const QString inInsightly = SigningCertificate::normalizedThumbprint(expected.insightlyThumbprint);
    QStringList signers;
    bool unreadable = false;
    for (const auto &signature : content.signatures) {
        if (signature.certificate.isNull())
            unreadable = true;
        else if (!signers.contains(signature.certificate.thumbprint()))
            signers << signature.certificate.thumbprint();
    }
    QString shownSigner; // the offending signer when there is one
    for (const QString &thumbprint : std::as_const(signers)) {
        if (shownSigner.isEmpty() || (thumbprint != active && shownSigner == active))
            shownSigner = thumbprint;
    }
    const bool entraOk = !signers.isEmpty() && !unreadable && signers == QStringList{active};
    const bool insightlyOk = inInsightly.isEmpty() || inInsightly == active;
    // Entra keeps signing with an active certificate after it expires; Insightly may then refuse the sign-in.
    const SigningCertificate signingCertificate =
        content.signatures.isEmpty() ? SigningCertificate() : content.signatures.first().certificate;
    const bool expired = entraOk && !signingCertificate.isValidAt(expected.now);
    QString expectedText = active;
    if (!inInsightly.isEmpty())
        expectedText += SamlResponseCheck::tr(" (Insightly holds %1)").arg(inInsightly);
    SamlCheckRow r = row(SamlCheckId::SigningCertificate, SamlResponseCheck::tr("Signing certificate"),
                         entraOk && insightlyOk && !expired,
                         signers.isEmpty() ? orAbsent({}) : signers.join(QStringLiteral(", ")), expectedText);
    if (r.passed)
        return r;
    if (content.signatures.isEmpty()) {
        r.failure = makeUserMessage(
            "saml.unsigned", SamlResponseCheck::tr("The SAML response is not signed."),
            SamlResponseCheck::tr("Insightly accepts only responses signed with the certificate it holds."),
            SamlResponseCheck::tr(
                "In Entra, Single sign-on, SAML Certificates: set Signing Option to \"Sign SAML "
                "assertion\" and make sure a certificate is active."));
    } else if (unreadable || signers.isEmpty()) {
        r.failure = makeUserMessage(
            "saml.unreadable-certificate",
            SamlResponseCheck::tr("The certificate in the response's signature cannot be read."),
            SamlResponseCheck::tr("The signature's KeyInfo holds no valid X.509 certificate."),
            SamlResponseCheck::tr("Sign in again; if it persists, the response was altered on the way."));
    } else if (!entraOk) {
        const QString what =
            inInsightly.isEmpty()
                ? SamlResponseCheck::tr("Entra signs with %1, the active certificate is %2.").arg(shownSigner, active)
                : SamlResponseCheck::tr("Insightly holds certificate %1, Entra signs with %2.")
                      .arg(inInsightly, shownSigner);
        QString action = SamlResponseCheck::tr("Wait a few minutes and sign in again: Entra can take a while to switch "
                                "certificates. If it persists, open SAML Certificates in Entra and make %1 "
                                "active.")
                             .arg(active);
        if (!insightlyOk)
            action += u'\n' + SamlResponseCheck::tr("Then upload certificate %1 to Insightly as well.").arg(active);
        r.failure = makeUserMessage(
            "saml.certificate-mismatch", what,
            SamlResponseCheck::tr("Entra signed this response with another certificate than the active one."),
            action);
    } else if (!insightlyOk) {
        r.failure = makeUserMessage(
            "saml.insightly-certificate",
            SamlResponseCheck::tr("Insightly holds certificate %1, Entra signs with %2: upload the new one.")
                .arg(inInsightly, active),
            SamlResponseCheck::tr(
                "Insightly checks the signature with the certificate it holds, so it will refuse "
                "this sign-in."),
            SamlResponseCheck::tr(
                "Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML "
                "and SCIM) and save.")
                .arg(active));
    } else {
        r.failure = makeUserMessage(
            "saml.certificate-expired",
            SamlResponseCheck::tr(
                "Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.")
                .arg(active, isoTime(signingCertificate.notBefore()), isoTime(signingCertificate.notAfter()),
                     isoTime(expected.now)),
            SamlResponseCheck::tr(
                "Insightly may refuse responses signed with a certificate outside its validity period."),
            SamlResponseCheck::tr(
                "Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it "
                "active in Entra."));
    }
    return r;
}

SamlResponseReport unreadable(const char *code, const QString &what, const QString &why,
                              const QString &details) {
    SamlResponseReport report;
    SamlCheckRow r = row(SamlCheckId::Decode, SamlResponseCheck::tr("SAML response readable"), false, what,
                         SamlResponseCheck::tr("a Base64-encoded SAML response"));
    r.failure = makeUserMessage(
        code, what, why,
        SamlResponseCheck::tr(
            "Sign in again through My Apps so the wizard can capture a fresh response; if you "
            "pasted it, copy the whole SAMLResponse value."),
        details);
    report.rows << r;
    return report;
}

} // namespace

bool SamlResponseReport::allPassed() const {
    if (rows.isEmpty())
        return false;
    for (const SamlCheckRow &r : rows) {
        if (!r.passed)
            return false;
    }
    return true;
}

const SamlCheckRow *SamlResponseReport::row(const QString &id) const {
    for (const SamlCheckRow &r : rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

SamlResponseReport SamlResponseCheck::check(const QByteArray &postedValue,
                                            const SamlResponseExpectations &expected) {
    // A signed assertion is a credential for as long as it is valid: never in a log.
    registerSecret(postedValue);
    if (postedValue.size() > TextLimits::samlPostedBytes)
        return unreadable("saml.too-large", tr("The captured value is too large to be a SAML response."),
                          tr("It is %1; Entra's responses are a few kilobytes, and the wizard reads at most %2.")
                              .arg(formatByteSize(postedValue.size()), formatByteSize(TextLimits::samlPostedBytes)),
                          {});
    const auto xml = SamlResponseContent::decodePostedValue(postedValue);
    if (!xml) {
        return unreadable("saml.decode", tr("The captured value is not a SAML response."),
                          tr("It is not Base64 text, so it cannot be decoded."), {});
    }
    if (xml->size() > TextLimits::samlResponseBytes)
        return unreadable("saml.too-large", tr("The captured value is too large to be a SAML response."),
                          tr("It decodes to %1; Entra's responses are a few kilobytes, and the wizard reads at "
                             "most %2.")
                              .arg(formatByteSize(xml->size()), formatByteSize(TextLimits::samlResponseBytes)),
                          {});
    const XmlShapeCheck shape = checkXmlShape(*xml);
    switch (shape.problem) {
    case XmlShapeProblem::None:
    case XmlShapeProblem::Malformed: // reported below, with what the parser knows
        break;
    case XmlShapeProblem::NotUtf8:
        return unreadable("saml.not-utf8", tr("The SAML response is damaged."),
                          tr("It decodes to text that isn't UTF-8: it was cut off or altered."), shape.details);
    case XmlShapeProblem::DocumentType:
        return unreadable("saml.document-type", tr("The captured value is not a SAML response Entra sent."),
                          tr("It declares a document type (DTD), which SAML forbids; the wizard doesn't read "
                             "such documents."),
                          shape.details);
    case XmlShapeProblem::TooManyAttributes:
    case XmlShapeProblem::TooDeep:
    case XmlShapeProblem::TooManyElements:
        return unreadable("saml.too-complex", tr("The captured value is not a SAML response Entra sent."),
                          tr("Its XML is far more deeply nested or has far more attributes than a SAML "
                             "response ever has."),
                          shape.details);
    }
    QString details;
    bool notAResponse = false;
    const auto content = SamlResponseContent::parse(*xml, &details, &notAResponse);
    if (!content) {
        qCInfo(lcSamlResponseCheck) << "Unreadable SAML response:" << details;
        if (notAResponse)
            return unreadable("saml.not-a-response", tr("The captured value is not a SAML response."),
                              tr("It is XML, but not a SAML protocol Response."), details);
        return unreadable("saml.malformed", tr("The SAML response is damaged."),
                          tr("It decodes, but is not well-formed XML: it was cut off or altered."), details);
    }

    SamlResponseReport report;
    report.content = *content;
    report.rows << statusRow(*content) << issuerRow(*content, expected)
                << replyUrlRow(SamlCheckId::Destination, "saml.destination", tr("Destination (Reply URL)"),
                               content->destination, expected, true);
    if (!content->hasAssertion) {
        // A refused sign-in carries no assertion; its status row already explains why.
        if (content->statusCode != kSuccess)
            return report;
        SamlCheckRow r = row(SamlCheckId::Assertion, tr("Readable assertion"), false,
                             content->hasEncryptedAssertion ? tr("encrypted assertion") : tr("(not present)"),
                             tr("an unencrypted assertion"));
        r.failure = content->hasEncryptedAssertion
                        ? makeUserMessage(
                              "saml.encrypted", tr("The SAML assertion is encrypted."),
                              tr("Token encryption is turned on for the app in Entra; Insightly expects a "
                                 "signed, unencrypted assertion."),
                              tr("In Entra, Single sign-on, Token encryption: deactivate the encryption "
                                 "certificate, then sign in again."))
                        : makeUserMessage("saml.no-assertion", tr("The SAML response carries no assertion."),
                                          tr("Entra reported success but sent no user information."),
                                          tr("Sign in again through My Apps."));
        report.rows << r << certificateRow(*content, expected);
        return report;
    }
    report.rows << audienceRow(*content, expected)
                << replyUrlRow(SamlCheckId::Recipient, "saml.recipient", tr("Recipient (Reply URL)"),
                               content->recipient, expected, false)
                << nameIdRow(*content) << subjectValidityRow(*content, expected)
                << conditionsValidityRow(*content, expected) << certificateRow(*content, expected);
    return report;
}

} // namespace insightly
