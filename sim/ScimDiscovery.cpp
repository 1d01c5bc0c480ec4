#include "ScimService.h"

#include <QJsonArray>

namespace sim {

namespace {

const QString listSchema = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
const QString schemaSchema = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Schema");

// One attribute definition of RFC 7643 §7.
QJsonObject attribute(const QString &name, const QString &type, bool required = false,
                      bool multiValued = false, const QString &uniqueness = QStringLiteral("none"),
                      bool caseExact = false, const QJsonArray &subAttributes = {})
{
    QJsonObject a{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("multiValued"), multiValued},
                  {QStringLiteral("required"), required},
                  {QStringLiteral("caseExact"), caseExact},
                  {QStringLiteral("mutability"), QStringLiteral("readWrite")},
                  {QStringLiteral("returned"), QStringLiteral("default")},
                  {QStringLiteral("uniqueness"), uniqueness}};
    if (!subAttributes.isEmpty())
        a.insert(QStringLiteral("subAttributes"), subAttributes);
    return a;
}

QJsonObject schema(const QString &id, const QString &name, const QString &description,
                   const QJsonArray &attributes, const QString &endpoint)
{
    return QJsonObject{
        {QStringLiteral("schemas"), QJsonArray{schemaSchema}},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("description"), description},
        {QStringLiteral("attributes"), attributes},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Schema")},
                     {QStringLiteral("location"), endpoint + QStringLiteral("/Schemas/") + id}}}};
}

QJsonObject listOf(const QJsonArray &resources)
{
    return QJsonObject{{QStringLiteral("schemas"), QJsonArray{listSchema}},
                       {QStringLiteral("totalResults"), int(resources.size())},
                       {QStringLiteral("startIndex"), 1},
                       {QStringLiteral("itemsPerPage"), int(resources.size())},
                       {QStringLiteral("Resources"), resources}};
}

} // namespace

QJsonObject scimServiceProviderConfig(const QString &endpoint)
{
    auto supported = [](bool on) { return QJsonObject{{QStringLiteral("supported"), on}}; };
    QJsonObject filter = supported(true);
    filter.insert(QStringLiteral("maxResults"), 200);
    QJsonObject bulk = supported(false);
    bulk.insert(QStringLiteral("maxOperations"), 0);
    bulk.insert(QStringLiteral("maxPayloadSize"), 0);
    return QJsonObject{
        {QStringLiteral("schemas"),
         QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig")}},
        {QStringLiteral("documentationUri"), QStringLiteral("https://support.insight.ly/")},
        {QStringLiteral("patch"), supported(true)},
        {QStringLiteral("bulk"), bulk},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("changePassword"), supported(false)},
        {QStringLiteral("sort"), supported(false)},
        {QStringLiteral("etag"), supported(false)},
        {QStringLiteral("authenticationSchemes"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("oauthbearertoken")},
                                {QStringLiteral("name"), QStringLiteral("OAuth Bearer Token")},
                                {QStringLiteral("description"),
                                 QStringLiteral("The token shown on System Settings > SAML and SCIM")},
                                {QStringLiteral("primary"), true}}}},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ServiceProviderConfig")},
                     {QStringLiteral("location"), endpoint + QStringLiteral("/ServiceProviderConfig")}}}};
}

QJsonObject scimSchemas(const QString &endpoint)
{
    const QJsonArray multi{attribute(QStringLiteral("value"), QStringLiteral("string")),
                           attribute(QStringLiteral("type"), QStringLiteral("string")),
                           attribute(QStringLiteral("primary"), QStringLiteral("boolean"))};
    const QJsonArray user{
        attribute(QStringLiteral("userName"), QStringLiteral("string"), true, false,
                  QStringLiteral("server")),
        attribute(QStringLiteral("name"), QStringLiteral("complex"), true, false, QStringLiteral("none"),
                  false,
                  QJsonArray{attribute(QStringLiteral("givenName"), QStringLiteral("string"), true),
                             attribute(QStringLiteral("familyName"), QStringLiteral("string"), true),
                             attribute(QStringLiteral("formatted"), QStringLiteral("string"))}),
        attribute(QStringLiteral("displayName"), QStringLiteral("string")),
        attribute(QStringLiteral("title"), QStringLiteral("string")),
        attribute(QStringLiteral("active"), QStringLiteral("boolean"), true),
        attribute(QStringLiteral("emails"), QStringLiteral("complex"), false, true, QStringLiteral("none"),
                  false, multi),
        attribute(QStringLiteral("phoneNumbers"), QStringLiteral("complex"), false, true,
                  QStringLiteral("none"), false, multi),
        attribute(QStringLiteral("externalId"), QStringLiteral("string"), false, false,
                  QStringLiteral("none"), true)};
    const QJsonArray group{
        attribute(QStringLiteral("displayName"), QStringLiteral("string"), true, false,
                  QStringLiteral("server")),
        attribute(QStringLiteral("members"), QStringLiteral("complex"), false, true, QStringLiteral("none"),
                  false,
                  QJsonArray{attribute(QStringLiteral("value"), QStringLiteral("string"), false, false,
                                       QStringLiteral("none"), true),
                             attribute(QStringLiteral("display"), QStringLiteral("string"))}),
        attribute(QStringLiteral("externalId"), QStringLiteral("string"), false, false,
                  QStringLiteral("none"), true)};
    const QJsonArray enterprise{
        attribute(QStringLiteral("employeeNumber"), QStringLiteral("string")),
        attribute(QStringLiteral("department"), QStringLiteral("string")),
        attribute(QStringLiteral("manager"), QStringLiteral("complex"), false, false, QStringLiteral("none"),
                  false, QJsonArray{attribute(QStringLiteral("value"), QStringLiteral("string"))})};
    return listOf(QJsonArray{
        schema(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"), QStringLiteral("User"),
               QStringLiteral("Insightly user"), user, endpoint),
        schema(QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group"), QStringLiteral("Group"),
               QStringLiteral("Insightly group"), group, endpoint),
        schema(QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"),
               QStringLiteral("EnterpriseUser"), QStringLiteral("Enterprise user"), enterprise, endpoint)});
}

QJsonObject scimResourceTypes(const QString &endpoint)
{
    auto type = [&endpoint](const QString &name, const QString &path, const QString &schema,
                            const QJsonArray &extensions) {
        return QJsonObject{
            {QStringLiteral("schemas"),
             QJsonArray{QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:ResourceType")}},
            {QStringLiteral("id"), name},
            {QStringLiteral("name"), name},
            {QStringLiteral("endpoint"), path},
            {QStringLiteral("schema"), schema},
            {QStringLiteral("schemaExtensions"), extensions},
            {QStringLiteral("meta"),
             QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("ResourceType")},
                         {QStringLiteral("location"), endpoint + QStringLiteral("/ResourceTypes/") + name}}}};
    };
    return listOf(
        QJsonArray{type(QStringLiteral("User"), QStringLiteral("/Users"),
                        QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User"),
                        QJsonArray{QJsonObject{
                            {QStringLiteral("schema"),
                             QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")},
                            {QStringLiteral("required"), false}}}),
                   type(QStringLiteral("Group"), QStringLiteral("/Groups"),
                        QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group"), QJsonArray{})});
}

} // namespace sim
