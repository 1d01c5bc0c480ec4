<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>(not present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the status message, fix the cause in Entra, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the user (or a group they are in) to the Insightly SAML application in Entra (Users and groups), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra did not sign the user in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAML response status is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (Microsoft Entra Identifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response was issued by %1, but this tenant&apos;s Microsoft Entra Identifier is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in happened in another tenant (or another identity provider) than the one the wizard set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to My Apps with an account of the tenant the wizard set up, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply URL in Entra is %1, but Insightly&apos;s Sign-in page URL is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra posts the response to its Reply URL and names it inside; Insightly refuses a response addressed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Reply URL (Assertion Consumer Service URL) to %1, save, and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience (Identifier, Entity ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier (Entity ID) in Entra is %1, the SAML response was for that audience, but Insightly expects %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra writes its Identifier (Entity ID) into the response&apos;s Audience; Insightly accepts only responses meant for its Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Identifier (Entity ID) to %1 (and make it the default), save, and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User identifier (NameID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response carries no user identifier (NameID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user identifier (NameID) %1 is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly finds the user by the email address in NameID; it must match the user&apos;s Insightly email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Attributes &amp; Claims: set Unique User Identifier (Name ID) to user.userprincipalname (or user.mail), save, and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from Entra&apos;s by more than five minutes, or the response was captured earlier and is being reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject confirmation still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid at %1 (± 5 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAML response expired at %1; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response does not say until when it is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SubjectConfirmationData has no NotOnOrAfter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion validity period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAML response is valid only from %1; it is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions has no NotOnOrAfter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Insightly holds %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAML response is not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly accepts only responses signed with the certificate it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, SAML Certificates: set Signing Option to &quot;Sign SAML assertion&quot; and make sure a certificate is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in the response&apos;s signature cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature&apos;s KeyInfo holds no valid X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; if it persists, the response was altered on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra signs with %1, the active certificate is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again: Entra can take a while to switch certificates. If it persists, open SAML Certificates in Entra and make %1 active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then upload certificate %1 to Insightly as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra signed this response with another certificate than the active one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2: upload the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly checks the signature with the certificate it holds, so it will refuse this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML and SCIM) and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly may refuse responses signed with a certificate outside its validity period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it active in Entra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAML response readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Base64-encoded SAML response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again through My Apps so the wizard can capture a fresh response; if you pasted it, copy the whole SAMLResponse value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL, which Entra uses as Identifier (Entity ID) and Reply URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a Microsoft Entra sign-in address (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra&apos;s Login URL goes into Insightly; here the wizard needs the opposite direction: Insightly&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the My Apps portal (%1), where users start Insightly after setup, not Insightly&apos;s Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a page of the Microsoft admin portal (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is Insightly&apos;s REST API address (%1), not the Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, not on api.&lt;pod&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is Insightly&apos;s public website or help centre (%1), not your Insightly instance&apos;s Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not an Insightly CRM address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly&apos;s Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, for example crm.na1.insightly.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and paste it exactly as shown, without adding /Users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a typo or the wrong pod (na1, eu1, au1), or this computer&apos;s network or proxy blocks name lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at that address and port: a wrong port in the Tenant URL, a server that is down, or a firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address; if it is the one Insightly shows, check your network and try again later. Microsoft connects from its own network, so Insightly must also be reachable from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection or the request but sent no answer in time: a slow or busy service, or a proxy or firewall holding the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check your network and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not reach %1 from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address, your network and your proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenant URL is not encrypted (http).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Token would travel in clear text; the wizard does not send it there and Microsoft refuses it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked or is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was withdrawn or altered; the connection cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not continue; contact the service owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the certificate expired, or this computer&apos;s clock is wrong (it shows %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the date and time of this computer are wrong, correct them; otherwise the site owner must renew the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of this server is for %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typo in the address, the wrong pod, an IP address instead of a name, or a proxy answering in Insightly&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Tenant URL for typos (for example na1 instead of eu1). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not confirm it is really talking to %1: its certificate was issued by %2, which this computer does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-signed or private certificate, a server missing part of its certificate chain, or a company proxy that inspects HTTPS traffic. Microsoft&apos;s provisioning service requires a publicly trusted certificate too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1 or to install their root certificate. Otherwise contact the owner of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection could not be negotiated with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may only support old TLS versions; Microsoft requires TLS 1.2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address; if it is right, contact the service owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address answered, but not like a SCIM service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a sign-in page), the REST API, or a proxy&apos;s page rather than the SCIM endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an answer without a content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The lookup of a user that cannot exist returned %n user(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint ignores the userName filter Entra uses to match users, so Entra would match the wrong people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Tenant URL is Insightly&apos;s SCIM endpoint; if it is, contact Insightly support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly rejected the Secret Token (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was mistyped, or it was regenerated in Insightly, which cancels the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the current token from Insightly&apos;s SAML and SCIM settings (System Settings, Security, SAML and SCIM) and paste it again, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly refused the Secret Token (HTTP 403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token may have been regenerated in Insightly, or SCIM provisioning is not switched on (it needs the Enterprise plan and SAML single sign-on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Insightly&apos;s SAML and SCIM settings, check that Enable SCIM Provisioning is ticked, then copy the current token from there and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found at that address (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address redirects to %1 instead of answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or from http to https. The wizard does not follow it, so the token is not sent elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint refused the standard user lookup Entra makes (invalid filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not accept userName eq &quot;…&quot; filters, so it is not a SCIM service Entra can use, or not the SCIM endpoint at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Tenant URL; if it is correct, contact Insightly support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly is limiting requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and test again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side or in a proxy in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check Insightly&apos;s status page or contact their support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SCIM endpoint answers this request with HTTP 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>certificate for %1, issued by %2, valid until %3 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from INSIGHTLY_SCIM_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant URL refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Token refused (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1 with the token %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FederationMetadata</name>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates), or use &quot;Certificate (Base64)&quot; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains no XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not Entra federation metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a web page (HTML), perhaps a sign-in page saved instead of the download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its top element is &lt;%1&gt;, not &lt;EntityDescriptor&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the metadata cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not well-formed XML (%1); it may have been cut off or edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata holds no SAML signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no &lt;KeyDescriptor use=&quot;signing&quot;&gt; under &lt;IDPSSODescriptor&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightlyUrls</name>
    <message>
        <source>The Sign-in page URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL to configure single sign-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added https:// in front of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Sign-in page URL starts with https:// followed by crm.&lt;pod&gt;.insightly.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is Insightly&apos;s SCIM endpoint, not the Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCIM endpoint is for provisioning (Tenant URL), a later step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the demo mode uses a local address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the SAML settings page; copy the Sign-in page URL shown on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is an Insightly page (%1), but not the Sign-in page URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sign-in page URL ends in /user/saml?instanceId=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sign-in page URL must start with https://, not http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra posts the sign-in to this address; it has to be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sign-in page URL is missing its instanceId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly tells its instances apart by the ?instanceId=… part at the end; the copied text stops before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Insightly pod &quot;%1&quot; is not one the wizard knows (na1, eu1, au1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly may run more pods than it documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the address is exactly the one Insightly shows; if it is, go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential couldn&apos;t be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential Manager (Control Panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords and Keys (Seahorse) or KWallet Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store (Secret Service) is running on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and start one — GNOME Keyring (gnome-keyring), KWallet, or KeePassXC with Secret Service enabled — and unlock it; then log out and back in and retry. Without it the wizard can&apos;t remember your sign-in or the SCIM token, and it never stores them unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no desktop message bus (D-Bus), so the password store can&apos;t be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the wizard inside a normal desktop session (or start one with dbus-run-session), with GNOME Keyring or KWallet unlocked, and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macOS keychain is locked and can&apos;t ask for your password in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock it (log in at the console, or run `security unlock-keychain ~/Library/Keychains/login.keychain-db`) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain password was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your Mac password was reset, update or reset the login keychain password in Keychain Access, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS reports no usable keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, repair or reset the keychain in Keychain Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows denied access to Credential Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the wizard as the signed-in user in a normal desktop session (not as a service or through remote tools) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keyring is locked, and the prompt to unlock it was dismissed or couldn&apos;t be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the &apos;Login&apos; keyring (Passwords and Keys, or KWallet) and retry. Setting the keyring password equal to your login password lets it unlock automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential is larger than Windows Credential Manager accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the wizard stores it in smaller pieces. If it keeps failing, send the diagnostics to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved credential can&apos;t be read on this Windows account any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the wizard will replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager refused to save it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the wizard in a normal desktop session (not as a service or through remote tools); clearing old entries in Credential Manager may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry with the same name already exists in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the existing &apos;Insightly SSO Setup&apos; entries in Keychain Access and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store reported an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry. If it keeps failing you can continue, but you&apos;ll need to sign in again next time; send the diagnostics to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again; the wizard will save it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password store refused to delete the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the &apos;Insightly SSO Setup&apos; entries manually in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry and choose Always Allow when macOS asks, or sign in each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry and allow access when asked, or sign in each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 isn&apos;t available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the computer and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage isn&apos;t supported on this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can continue, but you&apos;ll need to sign in each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 didn&apos;t answer within %2 seconds. It may be locked and waiting for a password prompt that isn&apos;t visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet), answer any prompt it shows, and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer any keychain prompt that is waiting (it may be behind other windows), unlock the keychain, and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved credential is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stored pieces don&apos;t fit together; saving it was probably interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Insightly SSO Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Insightly SSO Setup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SamlResponseCheck</name>
    <message>
        <source>The captured value is not a SAML response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not Base64 text, so it cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is XML, but not a SAML protocol Response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAML response is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It decodes, but is not well-formed XML: it was cut off or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination (Reply URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unencrypted assertion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAML assertion is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token encryption is turned on for the app in Entra; Insightly expects a signed, unencrypted assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Token encryption: deactivate the encryption certificate, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SAML response carries no assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra reported success but sent no user information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (Reply URL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScimInputs</name>
    <message>
        <source>The Tenant URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra needs Insightly&apos;s SCIM endpoint to provision users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenant URL field holds what looks like the Secret Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenant URL is a web address starting with https://; the long code below it in Insightly is the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token into Secret Token instead. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Tenant URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 in front of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenant URL is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint is an address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenant URL contains a user name or password before the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra sends the Secret Token separately; credentials in the address would be visible to anyone who sees the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is Insightly&apos;s Sign-in page URL (for single sign-on), not the SCIM endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are on the same settings page; the SCIM endpoint appears below Enable SCIM Provisioning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the SAML and SCIM settings page; copy the SCIM endpoint shown on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra appends /Users, /Groups and the other resources to the Tenant URL, so they would appear twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1, the SCIM endpoint exactly as Insightly shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service connects from its own network; only the demo mode uses a local address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tenant URL must start with https://, not http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra sends the Secret Token with every request; Microsoft requires an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly only accepts provisioning requests that carry its SCIM token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Secret Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They come along when copying; they are not part of the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;Bearer&quot; in front of the Secret Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entra adds the word Bearer itself when it sends the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the word Bearer was pasted, without the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Token field holds a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address is the Tenant URL; the token is the long code shown with it in Insightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the address into Tenant URL instead. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Token contains spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token never contains them; mail and chat programs break long codes into lines, or two values were pasted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token again in one piece, or check that the token without the spaces (ending in %1) is the one Insightly shows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A credential has no valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored secret needs a tenant and a purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the diagnostics to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>This sign-in was not started by the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, SAML Certificates, and download &quot;Certificate (Base64)&quot;; then choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds neither a PEM certificate (-----BEGIN CERTIFICATE-----), nor DER, nor Base64 certificate data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data ends before the certificate does: it was cut off while copying or downloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a .pfx (PKCS#12) file, not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .pfx file bundles the certificate with its private key; Insightly needs only the public certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key, not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a PRIVATE KEY block. Insightly needs the public certificate; a private key must never be uploaded or shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this key is real, keep the file somewhere safe or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Federation Metadata XML, not a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata carries the signing certificate inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load it as federation metadata instead, or download &quot;Certificate (Base64)&quot; from Entra.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly</name>
    <message>
        <source>Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra tenant: a domain or a tenant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID of your own app registration to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. en, de, fr, es, ja, pt_BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cloud must be global, usgov or china, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language takes a language code such as de or pt_BR, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::EmbeddedBrowser</name>
    <message>
        <source>Address of the page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened: %2
Check the date and time of this computer, and whether a proxy or security software intercepts secure connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not secure — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyRestClient</name>
    <message>
        <source>The API key belongs to %1, who is deactivated in Insightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deactivated user&apos;s key cannot be used for the setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Insightly as an active administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key belongs to %1, who is not an Insightly administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can set up SAML single sign-on and SCIM provisioning in Insightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Insightly as an administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly refused the API key: copy it again from User Settings › API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was mistyped, belongs to another Insightly instance or pod, or was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Insightly open User Settings › API, copy the API key, and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly denied API access for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator can switch API access off per user, and some plans have no API access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an Insightly administrator to allow API access for your user, or use an administrator&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly limits how many API requests a plan may make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: %1 requests; remaining: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly is limiting API requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a while (the daily limit resets at midnight UTC) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly&apos;s API had a problem (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, contact Insightly support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly&apos;s API did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is slow or a proxy holds the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not establish a trusted connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate is not trusted by this computer, or a proxy inspects HTTPS traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pod of your Insightly instance, your network and proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly&apos;s API answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address may be wrong for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the pod shown in Insightly&apos;s User Settings › API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address did not answer like Insightly&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to Users/Me has no user in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of users is not a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly listed more than %1 users; the wizard stopped reading there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety limit against lists that never end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the users in Insightly directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::MessagePanel</name>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID for support: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::PreflightView</name>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and permissions checked before any change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Everything the wizard needs is in place. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Something the wizard needs is missing. Nothing has been changed. Fix the rows marked ✗, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::ScimProbe</name>
    <message>
        <source>Skipped: the host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no connection to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no trusted encrypted connection, so the token is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: no answer to the previous request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCIM service configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User lookup as Entra&apos;s Test Connection does it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: the wizard has no network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http on this computer (demo mode): there is no TLS to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address starts with http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS handshake within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; filter %1, bulk %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n user(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; empty ListResponse, as Entra expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (Entra prefers the content type application/scim+json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::SetupStateStore</name>
    <message>
        <source>The saved setup for %1 couldn&apos;t be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the permissions of %1, then restart the wizard. Until then, the wizard won&apos;t overwrite it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It isn&apos;t valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It doesn&apos;t contain a setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to another tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved setup for %1 was created by a newer version of Insightly SSO Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version understands setup format %1; the file uses format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app to the latest version, then open this setup again. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved setup for %1 couldn&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file couldn&apos;t be moved aside, so the wizard won&apos;t overwrite it. Move or delete %1, then restart the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard starts this setup afresh and checks what already exists in your tenant, so nothing is created twice. The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup progress for %1 isn&apos;t being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its saved file was made by a newer version of the app, or couldn&apos;t be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app, or move %1 away, then restart the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved setup for this tenant exists and wasn&apos;t opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the wizard to continue the saved setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup progress couldn&apos;t be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the disk has free space and that %1 is writable. The wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::SetupWizard</name>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Insightly instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the Insightly Sign-in page URL is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding or adding the Insightly SAML application is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings and save.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring SAML, the signing certificate and the sign-in test is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and save.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; and the &lt;b&gt;token&lt;/b&gt; Insightly shows.&lt;/li&gt;&lt;li&gt;In Entra: Provisioning mode &lt;b&gt;Automatic&lt;/b&gt;, Tenant URL = the endpoint, Secret Token = the token, &lt;b&gt;Test Connection&lt;/b&gt;, save, and start provisioning.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting SCIM provisioning is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning users and groups is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was set up, and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of the setup is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::SignInPage</name>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with an account that may manage enterprise applications in your tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in on this page. Before it changes anything, the wizard checks that your account holds the &lt;b&gt;Cloud Application Administrator&lt;/b&gt; or &lt;b&gt;Application Administrator&lt;/b&gt; role and that the permissions it needs were granted.&lt;/p&gt;&lt;p&gt;If your organisation does not allow signing in from an embedded browser, use &lt;i&gt;Sign in with the system browser&lt;/i&gt; or &lt;i&gt;Sign in with a code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Your session is kept in the system keychain, so the next start signs you in without asking again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing you in with your saved session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not open a local port to receive the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in here or with a code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opened Microsoft&apos;s sign-in page. Sign in there; this page continues by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code. This page continues by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the sign-in and checking your permissions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::StepPage</name>
    <message>
        <source>Instructions for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::WelcomePage</name>
    <message>
        <source>Connect Insightly to Microsoft Entra ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single sign-on with SAML and user provisioning with SCIM, set up and proven step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wizard signs you in to Microsoft Entra ID and does the four steps of Insightly&apos;s “Setup of SAML &amp; SCIM for Azure” article for you: it adds the &lt;i&gt;Insightly SAML&lt;/i&gt; enterprise application, configures SAML single sign-on and its signing certificate, connects SCIM provisioning, and assigns users and groups. It tests each step before the next, and signs in once through SAML before you enforce SAML login, so nobody is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up single sign-on and provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up single sign-on and provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate the SAML signing certificate of an existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the status of an existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the status of an existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Microsoft Entra account with the Cloud Application Administrator or Application Administrator role;&lt;/li&gt;&lt;li&gt;an Insightly administrator account on the Enterprise plan.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::entra</name>
    <message>
        <source>add and configure the Insightly SAML application (steps 1–2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign users and groups (step 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect and start SCIM provisioning (step 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find users to assign (step 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find groups to assign (step 4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Entra role may manage enterprise applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a role that may set up enterprise applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the application, configuring SAML and provisioning need Cloud Application Administrator or Application Administrator (or Global Administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a Privileged Role Administrator to give your account the Cloud Application Administrator role (Entra admin center › Roles and administrators), or sign in with an account that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission %1 — to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission %1 was not granted to this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s consent settings may require an administrator to approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to grant consent for the whole organisation at %1, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insightly::entra::GraphClient</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
