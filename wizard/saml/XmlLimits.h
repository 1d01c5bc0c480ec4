#pragma once

#include <QByteArray>
#include <QString>

namespace insightly {

// Bounds for parsing untrusted XML (federation metadata, SAML responses). A document over them is refused
// before it can cost minutes or gigabytes: QXmlStreamReader checks each attribute against the others of its
// element, so one element with 200,000 attributes takes minutes; a DTD could expand entities.
struct XmlLimits {
    int maxDepth = 64;                // Entra metadata nests 8 deep, SAML responses about 10
    int maxAttributesPerElement = 64; // Entra's widest element has fewer than 10
    qsizetype maxElements = 250'000;
};

enum class XmlShapeProblem {
    None,
    NotUtf8,           // no other encoding declared, and the bytes are not UTF-8
    DocumentType,      // a DTD (<!DOCTYPE …>): entity declarations and expansion are refused outright
    TooManyAttributes, // an element with more than maxAttributesPerElement attributes
    TooDeep,           // elements nested deeper than maxDepth
    TooManyElements,
    Malformed, // not well-formed XML (details: QXmlStreamReader's error, with line and column)
};

struct XmlShapeCheck {
    XmlShapeProblem problem = XmlShapeProblem::None;
    QString details; // untranslated, for "Details"
    bool ok() const { return problem == XmlShapeProblem::None; }
};

// Reads `xml` once, cheaply, against `limits`: first a byte scan (DTD, attributes per tag, encoding), then
// QXmlStreamReader (depth, element count, well-formedness). Linear in the size of the input.
XmlShapeCheck checkXmlShape(const QByteArray &xml, const XmlLimits &limits = {});

} // namespace insightly
