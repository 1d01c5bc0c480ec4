# Sources of wizard/saml (target wizard_saml).
target_sources(wizard_saml PRIVATE
    saml/SigningCertificate.h saml/SigningCertificate.cpp
    saml/FederationMetadata.h saml/FederationMetadata.cpp
    saml/SamlResponseContent.h saml/SamlResponseContent.cpp
    saml/SamlResponseCheck.h saml/SamlResponseCheck.cpp
    saml/XmlLimits.h saml/XmlLimits.cpp
    saml/UntrustedParsing.h saml/UntrustedParsing.cpp
)
