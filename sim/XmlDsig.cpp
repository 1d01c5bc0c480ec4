#include "XmlDsig.h"

#include <QList>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/valid.h>
#include <mutex>
#include <xmlsec/crypto.h>
#include <xmlsec/errors.h>
#include <xmlsec/templates.h>
#include <xmlsec/xmldsig.h>
#include <xmlsec/xmlsec.h>
#include <xmlsec/xmltree.h>

namespace sim::xmldsig {

namespace {

// xmlsec reports through a global callback; keep the last message of this thread for *error instead of
// stderr.
thread_local QString lastXmlSecError;

void rememberXmlSecError(const char *, int, const char *func, const char *, const char *errorSubject,
                         int reason, const char *msg)
{
    lastXmlSecError = QStringLiteral("%1: %2 (%3, reason %4)")
                          .arg(QString::fromUtf8(func ? func : "xmlsec"), QString::fromUtf8(msg ? msg : ""),
                               QString::fromUtf8(errorSubject ? errorSubject : ""))
                          .arg(reason);
}

bool initialise(QString *error)
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] {
        xmlInitParser();
        if (xmlSecInit() < 0 || xmlSecCheckVersion() != 1)
            return;
        if (xmlSecCryptoAppInit(nullptr) < 0 || xmlSecCryptoInit() < 0)
            return;
        xmlSecErrorsSetCallback(rememberXmlSecError);
        ready = true;
    });
    if (!ready && error)
        *error = QStringLiteral("libxmlsec1 could not be initialised");
    return ready;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = lastXmlSecError.isEmpty() ? message : message + QStringLiteral(": ") + lastXmlSecError;
    return false;
}

QByteArray signingFailed(QString *error, const QString &message)
{
    fail(error, message);
    return {};
}

struct DocDeleter {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;
struct KeyDeleter {
    void operator()(xmlSecKey *key) const { xmlSecKeyDestroy(key); }
};
using KeyPtr = std::unique_ptr<xmlSecKey, KeyDeleter>;
struct DSigCtxDeleter {
    void operator()(xmlSecDSigCtx *ctx) const { xmlSecDSigCtxDestroy(ctx); }
};
using DSigCtxPtr = std::unique_ptr<xmlSecDSigCtx, DSigCtxDeleter>;

const xmlChar *xml(const char *text)
{
    return reinterpret_cast<const xmlChar *>(text);
}

DocPtr parse(const QByteArray &text)
{
    // No network, no entity expansion, no DTD loading: signed documents come from untrusted peers.
    return DocPtr(xmlReadMemory(text.constData(), int(text.size()), "signed.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

QByteArray attributeValue(xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetNoNsProp(node, xml(name));
    if (!value)
        return {};
    QByteArray result(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

// Registers every `idAttribute` attribute as an XML ID so that Reference URI="#…" resolves. Refuses duplicate
// IDs, which signature-wrapping attacks rely on.
bool registerIds(xmlDoc *doc, xmlNode *node, const char *idAttribute, QString *error)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlAttr *attr = xmlHasProp(n, xml(idAttribute)); attr && !attr->ns) {
            const QByteArray value = attributeValue(n, idAttribute);
            if (xmlGetID(doc, xml(value.constData())))
                return fail(error, QStringLiteral("duplicate ID '%1'").arg(QString::fromUtf8(value)));
            if (!xmlAddID(nullptr, doc, xml(value.constData()), attr))
                return fail(error, QStringLiteral("cannot register ID '%1'").arg(QString::fromUtf8(value)));
        }
        if (!registerIds(doc, n->children, idAttribute, error))
            return false;
    }
    return true;
}

xmlNode *findElementById(xmlNode *node, const char *idAttribute, const QByteArray &id)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (attributeValue(n, idAttribute) == id)
            return n;
        if (xmlNode *found = findElementById(n->children, idAttribute, id))
            return found;
    }
    return nullptr;
}

void collectSignatures(xmlNode *node, QList<xmlNode *> *out)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (xmlSecCheckNodeName(n, xmlSecNodeSignature, xmlSecDSigNs))
            out->append(n);
        collectSignatures(n->children, out);
    }
}

xmlNode *firstChildElement(xmlNode *parent, const xmlChar *localName)
{
    for (xmlNode *n = parent->children; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE && (!localName || xmlStrEqual(n->name, localName)))
            return n;
    return nullptr;
}

void restrictToSamlAlgorithms(xmlSecDSigCtx *ctx)
{
    ctx->enabledReferenceUris = xmlSecTransformUriTypeSameDocument;
    xmlSecDSigCtxEnableReferenceTransform(ctx, xmlSecTransformEnvelopedId);
    xmlSecDSigCtxEnableReferenceTransform(ctx, xmlSecTransformExclC14NId);
    xmlSecDSigCtxEnableReferenceTransform(ctx, xmlSecTransformSha256Id);
    xmlSecDSigCtxEnableSignatureTransform(ctx, xmlSecTransformExclC14NId);
    xmlSecDSigCtxEnableSignatureTransform(ctx, xmlSecTransformRsaSha256Id);
}

QByteArray serialise(xmlDoc *doc)
{
    xmlChar *buffer = nullptr;
    int size = 0;
    xmlDocDumpMemory(doc, &buffer, &size);
    QByteArray result(reinterpret_cast<const char *>(buffer), size);
    xmlFree(buffer);
    return result;
}

} // namespace

QByteArray signEnveloped(const QByteArray &xmlText, const QByteArray &referenceId,
                         const QByteArray &privateKeyPem, const QByteArray &certificateDer, QString *error)
{
    lastXmlSecError.clear();
    if (!initialise(error))
        return {};
    DocPtr doc = parse(xmlText);
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return signingFailed(error, QStringLiteral("the document is not well-formed XML"));
    xmlNode *target = findElementById(xmlDocGetRootElement(doc.get()), "ID", referenceId);
    if (!target)
        return signingFailed(error,
                             QStringLiteral("no element with ID '%1'").arg(QString::fromUtf8(referenceId)));
    if (!registerIds(doc.get(), xmlDocGetRootElement(doc.get()), "ID", error))
        return {};

    xmlNode *signature = xmlSecTmplSignatureCreateNsPref(doc.get(), xmlSecTransformExclC14NId,
                                                         xmlSecTransformRsaSha256Id, nullptr, nullptr);
    if (!signature)
        return signingFailed(error, QStringLiteral("cannot create the signature template"));
    // Unprefixed, in the default namespace, as Entra writes it. Insert before filling in, so that the
    // template's namespace context is the final one.
    if (xmlNode *issuer = firstChildElement(target, xml("Issuer")))
        xmlAddNextSibling(issuer, signature);
    else if (xmlNode *first = target->children)
        xmlAddPrevSibling(first, signature);
    else
        xmlAddChild(target, signature);

    const QByteArray uri = '#' + referenceId;
    xmlNode *reference = xmlSecTmplSignatureAddReference(signature, xmlSecTransformSha256Id, nullptr,
                                                         xml(uri.constData()), nullptr);
    if (!reference || !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformEnvelopedId) ||
        !xmlSecTmplReferenceAddTransform(reference, xmlSecTransformExclC14NId))
        return signingFailed(error, QStringLiteral("cannot create the signature reference"));
    xmlNode *keyInfo = xmlSecTmplSignatureEnsureKeyInfo(signature, nullptr);
    if (!keyInfo || !xmlSecTmplKeyInfoAddX509Data(keyInfo))
        return signingFailed(error, QStringLiteral("cannot create KeyInfo"));

    KeyPtr key(xmlSecCryptoAppKeyLoadMemory(reinterpret_cast<const xmlSecByte *>(privateKeyPem.constData()),
                                            static_cast<xmlSecSize>(privateKeyPem.size()),
                                            xmlSecKeyDataFormatPem, nullptr, nullptr, nullptr));
    if (!key)
        return signingFailed(error, QStringLiteral("cannot load the private key"));
    if (xmlSecCryptoAppKeyCertLoadMemory(
            key.get(), reinterpret_cast<const xmlSecByte *>(certificateDer.constData()),
            static_cast<xmlSecSize>(certificateDer.size()), xmlSecKeyDataFormatDer) < 0)
        return signingFailed(error, QStringLiteral("cannot load the certificate"));

    DSigCtxPtr ctx(xmlSecDSigCtxCreate(nullptr));
    if (!ctx)
        return signingFailed(error, QStringLiteral("cannot create the signature context"));
    ctx->signKey = key.release(); // owned by the context from here
    if (xmlSecDSigCtxSign(ctx.get(), signature) < 0)
        return signingFailed(error, QStringLiteral("signing failed"));
    return serialise(doc.get());
}

bool verifyWithCertificate(const QByteArray &xmlText, const QByteArray &certificateDer, QString *error)
{
    lastXmlSecError.clear();
    if (!initialise(error))
        return false;
    DocPtr doc = parse(xmlText);
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return fail(error, QStringLiteral("the document is not well-formed XML"));
    if (!registerIds(doc.get(), xmlDocGetRootElement(doc.get()), "ID", error))
        return false;
    QList<xmlNode *> signatures;
    collectSignatures(xmlDocGetRootElement(doc.get()), &signatures);
    if (signatures.isEmpty())
        return fail(error, QStringLiteral("the document carries no signature"));

    for (xmlNode *signature : signatures) {
        // An enveloped signature must cover exactly the element that holds it, nothing chosen by the sender.
        xmlNode *signedInfo = xmlSecFindChild(signature, xmlSecNodeSignedInfo, xmlSecDSigNs);
        xmlNode *reference =
            signedInfo ? xmlSecFindChild(signedInfo, xmlSecNodeReference, xmlSecDSigNs) : nullptr;
        if (!reference || xmlSecFindSibling(reference->next, xmlSecNodeReference, xmlSecDSigNs))
            return fail(error, QStringLiteral("a signature must carry exactly one Reference"));
        const QByteArray parentId =
            signature->parent ? attributeValue(signature->parent, "ID") : QByteArray();
        if (parentId.isEmpty() || attributeValue(reference, "URI") != '#' + parentId)
            return fail(error,
                        QStringLiteral("the signature does not reference the element that contains it"));

        KeyPtr key(
            xmlSecCryptoAppKeyLoadMemory(reinterpret_cast<const xmlSecByte *>(certificateDer.constData()),
                                         static_cast<xmlSecSize>(certificateDer.size()),
                                         xmlSecKeyDataFormatCertDer, nullptr, nullptr, nullptr));
        if (!key)
            return fail(error, QStringLiteral("cannot load the certificate"));
        DSigCtxPtr ctx(xmlSecDSigCtxCreate(nullptr));
        if (!ctx)
            return fail(error, QStringLiteral("cannot create the signature context"));
        restrictToSamlAlgorithms(ctx.get());
        // With signKey preset, xmlsec never reads a key out of the document's KeyInfo.
        ctx->signKey = key.release();
        if (xmlSecDSigCtxVerify(ctx.get(), signature) < 0)
            return fail(error, QStringLiteral("the signature could not be processed"));
        if (ctx->status != xmlSecDSigStatusSucceeded)
            return fail(
                error,
                QStringLiteral("the signature does not match the certificate or the document was changed"));
    }
    return true;
}

} // namespace sim::xmldsig
