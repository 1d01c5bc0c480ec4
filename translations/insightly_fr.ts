<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>(not present)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit</source>
        <translation>Dans Entra, ouvrez l&apos;application Insightly SAML, puis « Authentification unique », « Configuration SAML de base », « Modifier »</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Read the status message, fix the cause in Entra, then sign in again.</source>
        <translation>Lisez le message d&apos;état, corrigez la cause dans Entra, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Assign the user (or a group they are in) to the Insightly SAML application in Entra (Users and groups), then sign in again.</source>
        <translation>Affectez l&apos;utilisateur (ou un groupe dont il est membre) à l&apos;application Insightly SAML dans Entra (« Utilisateurs et groupes »), puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Entra did not sign the user in.</source>
        <translation>Entra n&apos;a pas connecté l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The SAML response status is %1.</source>
        <translation>L&apos;état de la réponse SAML est %1.</translation>
    </message>
    <message>
        <source>Issuer (Microsoft Entra Identifier)</source>
        <translation>Émetteur (Identificateur Microsoft Entra)</translation>
    </message>
    <message>
        <source>The response was issued by %1, but this tenant&apos;s Microsoft Entra Identifier is %2.</source>
        <translation>La réponse a été émise par %1, mais l&apos;Identificateur Microsoft Entra de ce locataire est %2.</translation>
    </message>
    <message>
        <source>The sign-in happened in another tenant (or another identity provider) than the one the wizard set up.</source>
        <translation>La connexion a eu lieu dans un autre locataire (ou auprès d&apos;un autre fournisseur d&apos;identité) que celui configuré par l&apos;assistant.</translation>
    </message>
    <message>
        <source>Sign in to My Apps with an account of the tenant the wizard set up, then try again.</source>
        <translation>Connectez-vous à « Mes applications » avec un compte du locataire configuré par l&apos;assistant, puis réessayez.</translation>
    </message>
    <message>
        <source>Reply URL in Entra is %1, but Insightly&apos;s Sign-in page URL is %2.</source>
        <translation>L&apos;URL de réponse dans Entra est %1, mais la « Sign-in page URL » d&apos;Insightly est %2.</translation>
    </message>
    <message>
        <source>Entra posts the response to its Reply URL and names it inside; Insightly refuses a response addressed elsewhere.</source>
        <translation>Entra envoie la réponse à son URL de réponse et l&apos;indique à l&apos;intérieur ; Insightly refuse une réponse adressée ailleurs.</translation>
    </message>
    <message>
        <source>Set Reply URL (Assertion Consumer Service URL) to %1, save, and sign in again.</source>
        <translation>Définissez l&apos;URL de réponse (URL Assertion Consumer Service) sur %1, enregistrez et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Audience (Identifier, Entity ID)</source>
        <translation>Audience (Identificateur, ID d&apos;entité)</translation>
    </message>
    <message>
        <source>Identifier (Entity ID) in Entra is %1, the SAML response was for that audience, but Insightly expects %2.</source>
        <translation>L&apos;identificateur (ID d&apos;entité) dans Entra est %1, la réponse SAML était destinée à cette audience, mais Insightly attend %2.</translation>
    </message>
    <message>
        <source>Entra writes its Identifier (Entity ID) into the response&apos;s Audience; Insightly accepts only responses meant for its Sign-in page URL.</source>
        <translation>Entra inscrit son identificateur (ID d&apos;entité) dans l&apos;audience de la réponse ; Insightly n&apos;accepte que les réponses destinées à sa « Sign-in page URL ».</translation>
    </message>
    <message>
        <source>Set Identifier (Entity ID) to %1 (and make it the default), save, and sign in again.</source>
        <translation>Définissez l&apos;identificateur (ID d&apos;entité) sur %1 (et faites-en la valeur par défaut), enregistrez et reconnectez-vous.</translation>
    </message>
    <message>
        <source>User identifier (NameID)</source>
        <translation>Identificateur d&apos;utilisateur (NameID)</translation>
    </message>
    <message>
        <source>the user&apos;s email address</source>
        <translation>l&apos;adresse e-mail de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The response carries no user identifier (NameID).</source>
        <translation>La réponse ne contient aucun identificateur d&apos;utilisateur (NameID).</translation>
    </message>
    <message>
        <source>The user identifier (NameID) %1 is not an email address.</source>
        <translation>L&apos;identificateur d&apos;utilisateur (NameID) %1 n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Insightly finds the user by the email address in NameID; it must match the user&apos;s Insightly email.</source>
        <translation>Insightly trouve l&apos;utilisateur grâce à l&apos;adresse e-mail figurant dans NameID ; elle doit correspondre à l&apos;adresse e-mail Insightly de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Attributes &amp; Claims: set Unique User Identifier (Name ID) to user.userprincipalname (or user.mail), save, and sign in again.</source>
        <translation>Dans Entra, « Authentification unique », « Attributs et revendications » : définissez « Identificateur d&apos;utilisateur unique (ID de nom) » sur user.userprincipalname (ou user.mail), enregistrez et reconnectez-vous.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from Entra&apos;s by more than five minutes, or the response was captured earlier and is being reused.</source>
        <translation>L&apos;horloge de cet ordinateur diffère de celle d&apos;Entra de plus de cinq minutes, ou la réponse a été capturée plus tôt et est réutilisée.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone, then sign in again.</source>
        <translation>Vérifiez la date, l&apos;heure et le fuseau horaire de cet ordinateur, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Subject confirmation still valid</source>
        <translation>Confirmation du sujet encore valide</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>valid at %1 (± 5 minutes)</source>
        <translation>valide le %1 (± 5 minutes)</translation>
    </message>
    <message>
        <source>The SAML response expired at %1; it is now %2.</source>
        <translation>La réponse SAML a expiré le %1 ; il est maintenant %2.</translation>
    </message>
    <message>
        <source>The response does not say until when it is valid.</source>
        <translation>La réponse n&apos;indique pas jusqu&apos;à quand elle est valide.</translation>
    </message>
    <message>
        <source>SubjectConfirmationData has no NotOnOrAfter.</source>
        <translation>SubjectConfirmationData n&apos;a pas de NotOnOrAfter.</translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation>Reconnectez-vous via « Mes applications ».</translation>
    </message>
    <message>
        <source>Assertion validity period</source>
        <translation>Période de validité de l&apos;assertion</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>The SAML response is valid only from %1; it is now %2.</source>
        <translation>La réponse SAML n&apos;est valide qu&apos;à partir du %1 ; il est maintenant %2.</translation>
    </message>
    <message>
        <source>Conditions has no NotOnOrAfter.</source>
        <translation>Conditions n&apos;a pas de NotOnOrAfter.</translation>
    </message>
    <message>
        <source> (Insightly holds %1)</source>
        <translation> (Insightly détient %1)</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificat de signature</translation>
    </message>
    <message>
        <source>The SAML response is not signed.</source>
        <translation>La réponse SAML n&apos;est pas signée.</translation>
    </message>
    <message>
        <source>Insightly accepts only responses signed with the certificate it holds.</source>
        <translation>Insightly n&apos;accepte que les réponses signées avec le certificat qu&apos;il détient.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, SAML Certificates: set Signing Option to &quot;Sign SAML assertion&quot; and make sure a certificate is active.</source>
        <translation>Dans Entra, « Authentification unique », « Certificats SAML » : définissez l&apos;option de signature sur « Signer l&apos;assertion SAML » et vérifiez qu&apos;un certificat est actif.</translation>
    </message>
    <message>
        <source>The certificate in the response&apos;s signature cannot be read.</source>
        <translation>Le certificat contenu dans la signature de la réponse est illisible.</translation>
    </message>
    <message>
        <source>The signature&apos;s KeyInfo holds no valid X.509 certificate.</source>
        <translation>Le KeyInfo de la signature ne contient aucun certificat X.509 valide.</translation>
    </message>
    <message>
        <source>Sign in again; if it persists, the response was altered on the way.</source>
        <translation>Reconnectez-vous ; si le problème persiste, la réponse a été modifiée en chemin.</translation>
    </message>
    <message>
        <source>Entra signs with %1, the active certificate is %2.</source>
        <translation>Entra signe avec %1, le certificat actif est %2.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2.</source>
        <translation>Insightly détient le certificat %1, Entra signe avec %2.</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again: Entra can take a while to switch certificates. If it persists, open SAML Certificates in Entra and make %1 active.</source>
        <translation>Attendez quelques minutes et reconnectez-vous : Entra peut mettre un certain temps à changer de certificat. Si le problème persiste, ouvrez « Certificats SAML » dans Entra et rendez %1 actif.</translation>
    </message>
    <message>
        <source>Then upload certificate %1 to Insightly as well.</source>
        <translation>Chargez ensuite aussi le certificat %1 dans Insightly.</translation>
    </message>
    <message>
        <source>Entra signed this response with another certificate than the active one.</source>
        <translation>Entra a signé cette réponse avec un autre certificat que le certificat actif.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2: upload the new one.</source>
        <translation>Insightly détient le certificat %1, Entra signe avec %2 : chargez le nouveau.</translation>
    </message>
    <message>
        <source>Insightly checks the signature with the certificate it holds, so it will refuse this sign-in.</source>
        <translation>Insightly vérifie la signature avec le certificat qu&apos;il détient ; il refusera donc cette connexion.</translation>
    </message>
    <message>
        <source>Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML and SCIM) and save.</source>
        <translation>Chargez le « Certificat (Base64) » de %1 dans Insightly (« System Settings », « Security », « SAML and SCIM ») et enregistrez.</translation>
    </message>
    <message>
        <source>Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.</source>
        <translation>Entra signe avec le certificat %1, valide du %2 au %3 ; il est maintenant %4.</translation>
    </message>
    <message>
        <source>Insightly may refuse responses signed with a certificate outside its validity period.</source>
        <translation>Insightly peut refuser les réponses signées avec un certificat en dehors de sa période de validité.</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it active in Entra.</source>
        <translation>Renouvelez le certificat de signature SAML : créez-en un nouveau, chargez-le dans Insightly et rendez-le actif dans Entra.</translation>
    </message>
    <message>
        <source>SAML response readable</source>
        <translation>Réponse SAML lisible</translation>
    </message>
    <message>
        <source>a Base64-encoded SAML response</source>
        <translation>une réponse SAML encodée en Base64</translation>
    </message>
    <message>
        <source>Sign in again through My Apps so the wizard can capture a fresh response; if you pasted it, copy the whole SAMLResponse value.</source>
        <translation>Reconnectez-vous via « Mes applications » pour que l&apos;assistant puisse capturer une nouvelle réponse ; si vous l&apos;avez collée, copiez la valeur SAMLResponse entière.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).</source>
        <translation>Dans Insightly, ouvrez « System Settings », « Security », « SAML and SCIM », et copiez la « Sign-in page URL » qui y est affichée (elle ressemble à https://crm.na1.insightly.com/user/saml?instanceId=…).</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL, which Entra uses as Identifier (Entity ID) and Reply URL.</source>
        <translation>L&apos;assistant a besoin de la « Sign-in page URL » d&apos;Insightly, qu&apos;Entra utilise comme identificateur (ID d&apos;entité) et URL de réponse.</translation>
    </message>
    <message>
        <source>That is a Microsoft Entra sign-in address (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit d&apos;une adresse de connexion Microsoft Entra (%1), et non de la « Sign-in page URL » d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Entra&apos;s Login URL goes into Insightly; here the wizard needs the opposite direction: Insightly&apos;s own address.</source>
        <translation>L&apos;URL de connexion d&apos;Entra se saisit dans Insightly ; ici, l&apos;assistant a besoin du sens inverse : l&apos;adresse propre d&apos;Insightly.</translation>
    </message>
    <message>
        <source>That is the My Apps portal (%1), where users start Insightly after setup, not Insightly&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit du portail « Mes applications » (%1), où les utilisateurs lancent Insightly après la configuration, et non de la « Sign-in page URL » d&apos;Insightly.</translation>
    </message>
    <message>
        <source>That is a page of the Microsoft admin portal (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit d&apos;une page du portail d&apos;administration Microsoft (%1), et non de la « Sign-in page URL » d&apos;Insightly.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s REST API address (%1), not the Sign-in page URL.</source>
        <translation>Il s&apos;agit de l&apos;adresse de l&apos;API REST d&apos;Insightly (%1), et non de la « Sign-in page URL ».</translation>
    </message>
    <message>
        <source>The Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, not on api.&lt;pod&gt;.</source>
        <translation>La « Sign-in page URL » se trouve sur crm.&lt;pod&gt;.insightly.com, et non sur api.&lt;pod&gt;.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s public website or help centre (%1), not your Insightly instance&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit du site web public ou du centre d&apos;aide d&apos;Insightly (%1), et non de la « Sign-in page URL » de votre instance Insightly.</translation>
    </message>
    <message>
        <source>The address %1 is not an Insightly CRM address.</source>
        <translation>L&apos;adresse %1 n&apos;est pas une adresse Insightly CRM.</translation>
    </message>
    <message>
        <source>Insightly&apos;s Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, for example crm.na1.insightly.com.</source>
        <translation>La « Sign-in page URL » d&apos;Insightly se trouve sur crm.&lt;pod&gt;.insightly.com, par exemple crm.na1.insightly.com.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>Dans Insightly, ouvrez « System Settings », « Security », « SAML and SCIM », cochez « Enable SCIM Provisioning », enregistrez, puis copiez le point de terminaison SCIM qui y est affiché dans « URL de locataire ».</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>Dans Insightly, ouvrez « System Settings », « Security », « SAML and SCIM », et copiez le jeton SCIM qui y est affiché dans « Jeton secret ».</translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and paste it exactly as shown, without adding /Users.</source>
        <translation>Copiez à nouveau le point de terminaison SCIM depuis Insightly (« System Settings », « Security », « SAML and SCIM ») et collez-le exactement tel qu&apos;il est affiché, sans ajouter /Users.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>Le nom %1 est introuvable.</translation>
    </message>
    <message>
        <source>The address has a typo or the wrong pod (na1, eu1, au1), or this computer&apos;s network or proxy blocks name lookups.</source>
        <translation>L&apos;adresse contient une faute de frappe ou le mauvais pod (na1, eu1, au1), ou le réseau ou le proxy de cet ordinateur bloque la résolution de noms.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 a refusé la connexion sur le port %2.</translation>
    </message>
    <message>
        <source>Nothing answers at that address and port: a wrong port in the Tenant URL, a server that is down, or a firewall.</source>
        <translation>Rien ne répond à cette adresse et sur ce port : un port erroné dans l&apos;URL de locataire, un serveur arrêté ou un pare-feu.</translation>
    </message>
    <message>
        <source>Check the address; if it is the one Insightly shows, check your network and try again later. Microsoft connects from its own network, so Insightly must also be reachable from the internet.</source>
        <translation>Vérifiez l&apos;adresse ; si c&apos;est celle qu&apos;affiche Insightly, vérifiez votre réseau et réessayez plus tard. Microsoft se connecte depuis son propre réseau, Insightly doit donc aussi être accessible depuis Internet.</translation>
    </message>
    <message>
        <source>Insightly did not answer within %1 s.</source>
        <translation>Insightly n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>%1 accepted the connection or the request but sent no answer in time: a slow or busy service, or a proxy or firewall holding the connection.</source>
        <translation>%1 a accepté la connexion ou la requête mais n&apos;a pas répondu à temps : un service lent ou surchargé, ou un proxy ou pare-feu qui retient la connexion.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check your network and proxy settings.</source>
        <translation>Réessayez dans quelques minutes ; si cela se reproduit, vérifiez vos paramètres réseau et proxy.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1 from this computer.</source>
        <translation>L&apos;assistant n&apos;a pas pu joindre %1 depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>La connexion a échoué (%1).</translation>
    </message>
    <message>
        <source>Check the address, your network and your proxy settings, then try again.</source>
        <translation>Vérifiez l&apos;adresse, votre réseau et vos paramètres de proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The Tenant URL is not encrypted (http).</source>
        <translation>L&apos;URL de locataire n&apos;est pas chiffrée (http).</translation>
    </message>
    <message>
        <source>The Secret Token would travel in clear text; the wizard does not send it there and Microsoft refuses it too.</source>
        <translation>Le jeton secret circulerait en clair ; l&apos;assistant ne l&apos;y envoie pas, et Microsoft le refuse aussi.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Utilisez %1, exactement tel qu&apos;Insightly l&apos;affiche.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked or is invalid.</source>
        <translation>Le certificat de %1 a été révoqué ou n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The certificate was withdrawn or altered; the connection cannot be trusted.</source>
        <translation>Le certificat a été retiré ou modifié ; la connexion n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>Do not continue; contact the service owner.</source>
        <translation>Ne continuez pas ; contactez le responsable du service.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3.</source>
        <translation>Le certificat de %1 n&apos;est valide que du %2 au %3.</translation>
    </message>
    <message>
        <source>Either the certificate expired, or this computer&apos;s clock is wrong (it shows %1).</source>
        <translation>Soit le certificat a expiré, soit l&apos;horloge de cet ordinateur est fausse (elle indique %1).</translation>
    </message>
    <message>
        <source>If the date and time of this computer are wrong, correct them; otherwise the site owner must renew the certificate.</source>
        <translation>Si la date et l&apos;heure de cet ordinateur sont fausses, corrigez-les ; sinon, le responsable du site doit renouveler le certificat.</translation>
    </message>
    <message>
        <source>The certificate of this server is for %1, not %2.</source>
        <translation>Le certificat de ce serveur est destiné à %1, et non à %2.</translation>
    </message>
    <message>
        <source>A typo in the address, the wrong pod, an IP address instead of a name, or a proxy answering in Insightly&apos;s place.</source>
        <translation>Une faute de frappe dans l&apos;adresse, le mauvais pod, une adresse IP au lieu d&apos;un nom, ou un proxy qui répond à la place d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Check the Tenant URL for typos (for example na1 instead of eu1). %1</source>
        <translation>Vérifiez que l&apos;URL de locataire ne contient pas de faute de frappe (par exemple na1 au lieu de eu1). %1</translation>
    </message>
    <message>
        <source>The wizard could not confirm it is really talking to %1: its certificate was issued by %2, which this computer does not trust.</source>
        <translation>L&apos;assistant n&apos;a pas pu confirmer qu&apos;il communique réellement avec %1 : son certificat a été émis par %2, auquel cet ordinateur ne fait pas confiance.</translation>
    </message>
    <message>
        <source>A self-signed or private certificate, a server missing part of its certificate chain, or a company proxy that inspects HTTPS traffic. Microsoft&apos;s provisioning service requires a publicly trusted certificate too.</source>
        <translation>Un certificat auto-signé ou privé, un serveur auquel il manque une partie de sa chaîne de certificats, ou un proxy d&apos;entreprise qui inspecte le trafic HTTPS. Le service d&apos;approvisionnement de Microsoft exige lui aussi un certificat approuvé publiquement.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1 or to install their root certificate. Otherwise contact the owner of the server.</source>
        <translation>Si votre entreprise inspecte le trafic HTTPS, demandez au service informatique d&apos;exclure %1 ou d&apos;installer son certificat racine. Sinon, contactez le responsable du serveur.</translation>
    </message>
    <message>
        <source>A secure connection could not be negotiated with %1.</source>
        <translation>Impossible de négocier une connexion sécurisée avec %1.</translation>
    </message>
    <message>
        <source>The server may only support old TLS versions; Microsoft requires TLS 1.2 or newer.</source>
        <translation>Le serveur ne prend peut-être en charge que d&apos;anciennes versions de TLS ; Microsoft exige TLS 1.2 ou une version plus récente.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, contact the service owner.</source>
        <translation>Vérifiez l&apos;adresse ; si elle est correcte, contactez le responsable du service.</translation>
    </message>
    <message>
        <source>That address answered, but not like a SCIM service.</source>
        <translation>Cette adresse a répondu, mais pas comme un service SCIM.</translation>
    </message>
    <message>
        <source>It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a sign-in page), the REST API, or a proxy&apos;s page rather than the SCIM endpoint.</source>
        <translation>Elle a envoyé %1 au lieu de JSON SCIM : l&apos;adresse est probablement une page web Insightly (une page de connexion), l&apos;API REST ou une page de proxy plutôt que le point de terminaison SCIM.</translation>
    </message>
    <message>
        <source>an answer without a content type</source>
        <translation>une réponse sans type de contenu</translation>
    </message>
    <message numerus="yes">
        <source>The lookup of a user that cannot exist returned %n user(s).</source>
        <translation>
            <numerusform>La recherche d&apos;un utilisateur qui ne peut pas exister a renvoyé %n utilisateur.</numerusform>
            <numerusform>La recherche d&apos;un utilisateur qui ne peut pas exister a renvoyé %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint ignores the userName filter Entra uses to match users, so Entra would match the wrong people.</source>
        <translation>Le point de terminaison ignore le filtre userName qu&apos;Entra utilise pour faire correspondre les utilisateurs ; Entra associerait donc les mauvaises personnes.</translation>
    </message>
    <message>
        <source>Check that the Tenant URL is Insightly&apos;s SCIM endpoint; if it is, contact Insightly support.</source>
        <translation>Vérifiez que l&apos;URL de locataire est le point de terminaison SCIM d&apos;Insightly ; si c&apos;est le cas, contactez le support Insightly.</translation>
    </message>
    <message>
        <source>Insightly rejected the Secret Token (HTTP 401).</source>
        <translation>Insightly a rejeté le jeton secret (HTTP 401).</translation>
    </message>
    <message>
        <source>The token was mistyped, or it was regenerated in Insightly, which cancels the previous one.</source>
        <translation>Le jeton a été mal saisi, ou il a été régénéré dans Insightly, ce qui annule le précédent.</translation>
    </message>
    <message>
        <source>Copy the current token from Insightly&apos;s SAML and SCIM settings (System Settings, Security, SAML and SCIM) and paste it again, without spaces.</source>
        <translation>Copiez le jeton actuel depuis les paramètres SAML et SCIM d&apos;Insightly (« System Settings », « Security », « SAML and SCIM ») et collez-le à nouveau, sans espaces.</translation>
    </message>
    <message>
        <source>Insightly refused the Secret Token (HTTP 403).</source>
        <translation>Insightly a refusé le jeton secret (HTTP 403).</translation>
    </message>
    <message>
        <source>The token may have been regenerated in Insightly, or SCIM provisioning is not switched on (it needs the Enterprise plan and SAML single sign-on).</source>
        <translation>Le jeton a peut-être été régénéré dans Insightly, ou l&apos;approvisionnement SCIM n&apos;est pas activé (il nécessite le plan Enterprise et l&apos;authentification unique SAML).</translation>
    </message>
    <message>
        <source>In Insightly&apos;s SAML and SCIM settings, check that Enable SCIM Provisioning is ticked, then copy the current token from there and paste it again.</source>
        <translation>Dans les paramètres SAML et SCIM d&apos;Insightly, vérifiez que « Enable SCIM Provisioning » est coché, puis copiez-y le jeton actuel et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was found at that address (HTTP %1).</source>
        <translation>Rien n&apos;a été trouvé à cette adresse (HTTP %1).</translation>
    </message>
    <message>
        <source>The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows.</source>
        <translation>Le chemin est erroné : un segment manque ou est en trop, le pod est erroné, ou SCIM n&apos;est pas activé. Vérifiez que l&apos;URL de locataire est le point de terminaison SCIM qu&apos;affiche Insightly.</translation>
    </message>
    <message>
        <source>The address redirects to %1 instead of answering.</source>
        <translation>L&apos;adresse redirige vers %1 au lieu de répondre.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or from http to https. The wizard does not follow it, so the token is not sent elsewhere.</source>
        <translation>Un point de terminaison SCIM répond directement ; une redirection mène généralement à une page de connexion ou de http vers https. L&apos;assistant ne la suit pas, afin que le jeton ne soit pas envoyé ailleurs.</translation>
    </message>
    <message>
        <source>The endpoint refused the standard user lookup Entra makes (invalid filter).</source>
        <translation>Le point de terminaison a refusé la recherche d&apos;utilisateur standard effectuée par Entra (filtre non valide).</translation>
    </message>
    <message>
        <source>It does not accept userName eq &quot;…&quot; filters, so it is not a SCIM service Entra can use, or not the SCIM endpoint at all.</source>
        <translation>Il n&apos;accepte pas les filtres userName eq &quot;…&quot; ; ce n&apos;est donc pas un service SCIM utilisable par Entra, ou pas du tout le point de terminaison SCIM.</translation>
    </message>
    <message>
        <source>Check the Tenant URL; if it is correct, contact Insightly support.</source>
        <translation>Vérifiez l&apos;URL de locataire ; si elle est correcte, contactez le support Insightly.</translation>
    </message>
    <message>
        <source>Insightly is limiting requests (HTTP 429).</source>
        <translation>Insightly limite les requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation>Trop de requêtes ont été envoyées en peu de temps.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and test again.</source>
        <translation>
            <numerusform>Attendez %n seconde et testez à nouveau.</numerusform>
            <numerusform>Attendez %n secondes et testez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and test again.</source>
        <translation>Attendez une minute et testez à nouveau.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service had a problem (HTTP %1).</source>
        <translation>Le service SCIM d&apos;Insightly a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side or in a proxy in front of it.</source>
        <translation>Une erreur du côté d&apos;Insightly ou dans un proxy placé devant.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check Insightly&apos;s status page or contact their support.</source>
        <translation>Réessayez dans quelques minutes ; si le problème persiste, consultez la page d&apos;état d&apos;Insightly ou contactez son support.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>Le point de terminaison a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers this request with HTTP 200.</source>
        <translation>Un point de terminaison SCIM répond à cette requête avec HTTP 200.</translation>
    </message>
    <message>
        <source>no certificate received</source>
        <translation>aucun certificat reçu</translation>
    </message>
    <message numerus="yes">
        <source>certificate for %1, issued by %2, valid until %3 (%n day(s) left)</source>
        <translation>
            <numerusform>certificat pour %1, émis par %2, valide jusqu&apos;au %3 (%n jour restant)</numerusform>
            <numerusform>certificat pour %1, émis par %2, valide jusqu&apos;au %3 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 ms</source>
        <translation>HTTP %1, %2, %3 ms</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>Cause: </source>
        <translation>Cause : </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Solution : </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code : </translation>
    </message>
    <message>
        <source>from INSIGHTLY_SCIM_TOKEN</source>
        <translation>depuis INSIGHTLY_SCIM_TOKEN</translation>
    </message>
    <message>
        <source>from standard input</source>
        <translation>depuis l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Tenant URL refused:</source>
        <translation>URL de locataire refusée :</translation>
    </message>
    <message>
        <source>Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…</source>
        <translation>Lecture du jeton SCIM depuis l&apos;entrée standard (ou définissez INSIGHTLY_SCIM_TOKEN)…</translation>
    </message>
    <message>
        <source>Secret Token refused (%1):</source>
        <translation>Jeton secret refusé (%1) :</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Remarque : </translation>
    </message>
    <message>
        <source>Probing %1 with the token %2 (%3)</source>
        <translation>Test de %1 avec le jeton %2 (%3)</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Certaines vérifications ont échoué.</translation>
    </message>
</context>
<context>
    <name>FederationMetadata</name>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates), or use &quot;Certificate (Base64)&quot; instead.</source>
        <translation>Téléchargez à nouveau le « XML de métadonnées de fédération » depuis l&apos;application Insightly SAML dans Entra (« Authentification unique », « Certificats SAML »), ou utilisez plutôt le « Certificat (Base64) ».</translation>
    </message>
    <message>
        <source>The metadata file is empty.</source>
        <translation>Le fichier de métadonnées est vide.</translation>
    </message>
    <message>
        <source>It contains no XML.</source>
        <translation>Il ne contient pas de XML.</translation>
    </message>
    <message>
        <source>This file is not Entra federation metadata.</source>
        <translation>Ce fichier ne contient pas de métadonnées de fédération Entra.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does.</source>
        <translation>Il déclare un type de document (DTD), ce que les métadonnées ne font jamais.</translation>
    </message>
    <message>
        <source>It is a web page (HTML), perhaps a sign-in page saved instead of the download.</source>
        <translation>C&apos;est une page web (HTML), peut-être une page de connexion enregistrée à la place du téléchargement.</translation>
    </message>
    <message>
        <source>Its top element is &lt;%1&gt;, not &lt;EntityDescriptor&gt;.</source>
        <translation>Son élément racine est &lt;%1&gt;, et non &lt;EntityDescriptor&gt;.</translation>
    </message>
    <message>
        <source>A certificate in the metadata cannot be read.</source>
        <translation>Un certificat des métadonnées est illisible.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>The metadata file is damaged.</source>
        <translation>Le fichier de métadonnées est endommagé.</translation>
    </message>
    <message>
        <source>It is not well-formed XML (%1); it may have been cut off or edited.</source>
        <translation>Ce n&apos;est pas du XML bien formé (%1) ; il a peut-être été tronqué ou modifié.</translation>
    </message>
    <message>
        <source>The metadata holds no SAML signing certificate.</source>
        <translation>Les métadonnées ne contiennent aucun certificat de signature SAML.</translation>
    </message>
    <message>
        <source>It has no &lt;KeyDescriptor use=&quot;signing&quot;&gt; under &lt;IDPSSODescriptor&gt;.</source>
        <translation>Elles n&apos;ont pas de &lt;KeyDescriptor use=&quot;signing&quot;&gt; sous &lt;IDPSSODescriptor&gt;.</translation>
    </message>
</context>
<context>
    <name>InsightlyUrls</name>
    <message>
        <source>The Sign-in page URL is empty.</source>
        <translation>La « Sign-in page URL » est vide.</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL to configure single sign-on.</source>
        <translation>L&apos;assistant a besoin de la « Sign-in page URL » d&apos;Insightly pour configurer l&apos;authentification unique.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the URL.</source>
        <translation>Les espaces, sauts de ligne ou guillemets autour de l&apos;URL ont été supprimés.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Ils s&apos;ajoutent lors d&apos;une copie depuis un e-mail ou un document ; une URL n&apos;en contient jamais.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Rien à faire ; vérifiez que l&apos;URL ci-dessous est bien celle qu&apos;affiche Insightly.</translation>
    </message>
    <message>
        <source>Added https:// in front of the address.</source>
        <translation>https:// a été ajouté devant l&apos;adresse.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>Le texte collé commençait par le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Ce n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>A Sign-in page URL starts with https:// followed by crm.&lt;pod&gt;.insightly.com.</source>
        <translation>Une « Sign-in page URL » commence par https:// suivi de crm.&lt;pod&gt;.insightly.com.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s SCIM endpoint, not the Sign-in page URL.</source>
        <translation>Il s&apos;agit du point de terminaison SCIM d&apos;Insightly, et non de la « Sign-in page URL ».</translation>
    </message>
    <message>
        <source>The SCIM endpoint is for provisioning (Tenant URL), a later step.</source>
        <translation>Le point de terminaison SCIM sert à l&apos;approvisionnement (URL de locataire), une étape ultérieure.</translation>
    </message>
    <message>
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation>L&apos;adresse %1 pointe vers cet ordinateur, et non vers Insightly.</translation>
    </message>
    <message>
        <source>Only the demo mode uses a local address.</source>
        <translation>Seul le mode démo utilise une adresse locale.</translation>
    </message>
    <message>
        <source>That is the SAML settings page; copy the Sign-in page URL shown on it.</source>
        <translation>Il s&apos;agit de la page des paramètres SAML ; copiez la « Sign-in page URL » qui y est affichée.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>L&apos;adresse de la page des paramètres elle-même n&apos;est pas la valeur dont Entra a besoin.</translation>
    </message>
    <message>
        <source>That is an Insightly page (%1), but not the Sign-in page URL.</source>
        <translation>Il s&apos;agit d&apos;une page Insightly (%1), mais pas de la « Sign-in page URL ».</translation>
    </message>
    <message>
        <source>The Sign-in page URL ends in /user/saml?instanceId=…</source>
        <translation>La « Sign-in page URL » se termine par /user/saml?instanceId=…</translation>
    </message>
    <message>
        <source>The Sign-in page URL must start with https://, not http://.</source>
        <translation>La « Sign-in page URL » doit commencer par https://, et non par http://.</translation>
    </message>
    <message>
        <source>Entra posts the sign-in to this address; it has to be encrypted.</source>
        <translation>Entra envoie la connexion à cette adresse ; elle doit être chiffrée.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Utilisez %1, exactement tel qu&apos;Insightly l&apos;affiche.</translation>
    </message>
    <message>
        <source>The Sign-in page URL is missing its instanceId.</source>
        <translation>Il manque l&apos;instanceId à la « Sign-in page URL ».</translation>
    </message>
    <message>
        <source>Insightly tells its instances apart by the ?instanceId=… part at the end; the copied text stops before it.</source>
        <translation>Insightly distingue ses instances grâce à la partie ?instanceId=… à la fin ; le texte copié s&apos;arrête avant.</translation>
    </message>
    <message>
        <source>The Insightly pod &quot;%1&quot; is not one the wizard knows (na1, eu1, au1).</source>
        <translation>Le pod Insightly « %1 » n&apos;est pas connu de l&apos;assistant (na1, eu1, au1).</translation>
    </message>
    <message>
        <source>Insightly may run more pods than it documents.</source>
        <translation>Insightly exploite peut-être plus de pods qu&apos;il n&apos;en documente.</translation>
    </message>
    <message>
        <source>Check that the address is exactly the one Insightly shows; if it is, go on.</source>
        <translation>Vérifiez que l&apos;adresse est exactement celle qu&apos;affiche Insightly ; si c&apos;est le cas, continuez.</translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>Trousseau système (Secret Service)</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be read from %1.</source>
        <translation>Des informations d&apos;identification enregistrées n&apos;ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <source>A credential couldn&apos;t be saved in %1.</source>
        <translation>Des informations d&apos;identification n&apos;ont pas pu être enregistrées (%1).</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be removed from %1.</source>
        <translation>Des informations d&apos;identification enregistrées n&apos;ont pas pu être supprimées (%1).</translation>
    </message>
    <message>
        <source>Credential Manager (Control Panel)</source>
        <translation>Gestionnaire d&apos;identification (Panneau de configuration)</translation>
    </message>
    <message>
        <source>Keychain Access</source>
        <translation>Trousseaux d&apos;accès</translation>
    </message>
    <message>
        <source>Passwords and Keys (Seahorse) or KWallet Manager</source>
        <translation>Mots de passe et clés (Seahorse) ou gestionnaire KWallet</translation>
    </message>
    <message>
        <source>No secure password store (Secret Service) is running on this desktop.</source>
        <translation>Aucun magasin de mots de passe sécurisé (Secret Service) n&apos;est actif sur ce bureau.</translation>
    </message>
    <message>
        <source>Install and start one — GNOME Keyring (gnome-keyring), KWallet, or KeePassXC with Secret Service enabled — and unlock it; then log out and back in and retry. Without it the wizard can&apos;t remember your sign-in or the SCIM token, and it never stores them unprotected.</source>
        <translation>Installez-en un et démarrez-le — GNOME Keyring (gnome-keyring), KWallet ou KeePassXC avec Secret Service activé — puis déverrouillez-le ; déconnectez-vous, reconnectez-vous et réessayez. Sans lui, l&apos;assistant ne peut mémoriser ni votre connexion ni le jeton SCIM, et il ne les stocke jamais sans protection.</translation>
    </message>
    <message>
        <source>This session has no desktop message bus (D-Bus), so the password store can&apos;t be reached.</source>
        <translation>Cette session n&apos;a pas de bus de messages de bureau (D-Bus) ; le magasin de mots de passe est donc inaccessible.</translation>
    </message>
    <message>
        <source>Run the wizard inside a normal desktop session (or start one with dbus-run-session), with GNOME Keyring or KWallet unlocked, and retry.</source>
        <translation>Exécutez l&apos;assistant dans une session de bureau normale (ou démarrez-en une avec dbus-run-session), avec GNOME Keyring ou KWallet déverrouillé, et réessayez.</translation>
    </message>
    <message>
        <source>The macOS keychain is locked and can&apos;t ask for your password in this session.</source>
        <translation>Le trousseau macOS est verrouillé et ne peut pas demander votre mot de passe dans cette session.</translation>
    </message>
    <message>
        <source>Unlock it (log in at the console, or run `security unlock-keychain ~/Library/Keychains/login.keychain-db`) and retry.</source>
        <translation>Déverrouillez-le (connectez-vous sur la console, ou exécutez `security unlock-keychain ~/Library/Keychains/login.keychain-db`) et réessayez.</translation>
    </message>
    <message>
        <source>The keychain password was rejected.</source>
        <translation>Le mot de passe du trousseau a été refusé.</translation>
    </message>
    <message>
        <source>If your Mac password was reset, update or reset the login keychain password in Keychain Access, then retry.</source>
        <translation>Si le mot de passe de votre Mac a été réinitialisé, mettez à jour ou réinitialisez le mot de passe du trousseau de session dans Trousseaux d&apos;accès, puis réessayez.</translation>
    </message>
    <message>
        <source>macOS reports no usable keychain.</source>
        <translation>macOS ne signale aucun trousseau utilisable.</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, repair or reset the keychain in Keychain Access.</source>
        <translation>Redémarrez l&apos;ordinateur ; si le problème persiste, réparez ou réinitialisez le trousseau dans Trousseaux d&apos;accès.</translation>
    </message>
    <message>
        <source>Windows denied access to Credential Manager.</source>
        <translation>Windows a refusé l&apos;accès au Gestionnaire d&apos;identification.</translation>
    </message>
    <message>
        <source>Run the wizard as the signed-in user in a normal desktop session (not as a service or through remote tools) and retry.</source>
        <translation>Exécutez l&apos;assistant en tant qu&apos;utilisateur connecté dans une session de bureau normale (pas en tant que service ni via des outils à distance) et réessayez.</translation>
    </message>
    <message>
        <source>Your system keyring is locked, and the prompt to unlock it was dismissed or couldn&apos;t be shown.</source>
        <translation>Votre trousseau système est verrouillé, et la demande de déverrouillage a été fermée ou n&apos;a pas pu s&apos;afficher.</translation>
    </message>
    <message>
        <source>Unlock the &apos;Login&apos; keyring (Passwords and Keys, or KWallet) and retry. Setting the keyring password equal to your login password lets it unlock automatically.</source>
        <translation>Déverrouillez le trousseau « Login » (Mots de passe et clés, ou KWallet) et réessayez. Si le mot de passe du trousseau est identique à votre mot de passe de session, il se déverrouille automatiquement.</translation>
    </message>
    <message>
        <source>The credential is larger than Windows Credential Manager accepts.</source>
        <translation>Les informations d&apos;identification dépassent la taille acceptée par le Gestionnaire d&apos;identification Windows.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard stores it in smaller pieces. If it keeps failing, send the diagnostics to support.</source>
        <translation>Reconnectez-vous ; l&apos;assistant les enregistre en morceaux plus petits. Si l&apos;échec persiste, envoyez les diagnostics au support.</translation>
    </message>
    <message>
        <source>The saved credential can&apos;t be read on this Windows account any more.</source>
        <translation>Les informations d&apos;identification enregistrées ne peuvent plus être lues sur ce compte Windows.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will replace it.</source>
        <translation>Reconnectez-vous ; l&apos;assistant les remplacera.</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused to save it (%1).</source>
        <translation>Le Gestionnaire d&apos;identification Windows a refusé de les enregistrer (%1).</translation>
    </message>
    <message>
        <source>Run the wizard in a normal desktop session (not as a service or through remote tools); clearing old entries in Credential Manager may help.</source>
        <translation>Exécutez l&apos;assistant dans une session de bureau normale (pas en tant que service ni via des outils à distance) ; supprimer d&apos;anciennes entrées dans le Gestionnaire d&apos;identification peut aider.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists in the keychain.</source>
        <translation>Une entrée portant le même nom existe déjà dans le trousseau.</translation>
    </message>
    <message>
        <source>Delete the existing &apos;Insightly SSO Setup&apos; entries in Keychain Access and retry.</source>
        <translation>Supprimez les entrées « Insightly SSO Setup » existantes dans Trousseaux d&apos;accès et réessayez.</translation>
    </message>
    <message>
        <source>The password store reported an unknown error.</source>
        <translation>Le magasin de mots de passe a signalé une erreur inconnue.</translation>
    </message>
    <message>
        <source>The password store reported: %1</source>
        <translation>Le magasin de mots de passe a signalé : %1</translation>
    </message>
    <message>
        <source>Retry. If it keeps failing you can continue, but you&apos;ll need to sign in again next time; send the diagnostics to support.</source>
        <translation>Réessayez. Si l&apos;échec persiste, vous pouvez continuer, mais vous devrez vous reconnecter la prochaine fois ; envoyez les diagnostics au support.</translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation>Rien n&apos;est enregistré sous ce nom.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will save it anew.</source>
        <translation>Reconnectez-vous ; l&apos;assistant les enregistrera à nouveau.</translation>
    </message>
    <message>
        <source>The password store refused to delete the entry.</source>
        <translation>Le magasin de mots de passe a refusé de supprimer l&apos;entrée.</translation>
    </message>
    <message>
        <source>Remove the &apos;Insightly SSO Setup&apos; entries manually in %1.</source>
        <translation>Supprimez manuellement les entrées « Insightly SSO Setup » via %1.</translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation>L&apos;accès a été refusé (%1).</translation>
    </message>
    <message>
        <source>Retry and choose Always Allow when macOS asks, or sign in each time.</source>
        <translation>Réessayez et choisissez « Toujours autoriser » lorsque macOS le demande, ou connectez-vous à chaque fois.</translation>
    </message>
    <message>
        <source>Retry and allow access when asked, or sign in each time.</source>
        <translation>Réessayez et autorisez l&apos;accès lorsque cela vous est demandé, ou connectez-vous à chaque fois.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available.</source>
        <translation>Indisponible : %1.</translation>
    </message>
    <message>
        <source>Restart the computer and retry.</source>
        <translation>Redémarrez l&apos;ordinateur et réessayez.</translation>
    </message>
    <message>
        <source>Secure storage isn&apos;t supported on this system.</source>
        <translation>Le stockage sécurisé n&apos;est pas pris en charge sur ce système.</translation>
    </message>
    <message>
        <source>You can continue, but you&apos;ll need to sign in each time.</source>
        <translation>Vous pouvez continuer, mais vous devrez vous connecter à chaque fois.</translation>
    </message>
    <message>
        <source>%1 didn&apos;t answer within %2 seconds. It may be locked and waiting for a password prompt that isn&apos;t visible.</source>
        <translation>Aucune réponse dans les %2 secondes (%1). Le magasin est peut-être verrouillé et attend une demande de mot de passe qui n&apos;est pas visible.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet), answer any prompt it shows, and retry.</source>
        <translation>Déverrouillez votre trousseau (Mots de passe et clés, ou KWallet), répondez aux demandes qu&apos;il affiche et réessayez.</translation>
    </message>
    <message>
        <source>Answer any keychain prompt that is waiting (it may be behind other windows), unlock the keychain, and retry.</source>
        <translation>Répondez à toute demande du trousseau en attente (elle peut se trouver derrière d&apos;autres fenêtres), déverrouillez le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>A saved credential is damaged.</source>
        <translation>Des informations d&apos;identification enregistrées sont endommagées.</translation>
    </message>
    <message>
        <source>Its stored pieces don&apos;t fit together; saving it was probably interrupted.</source>
        <translation>Leurs morceaux enregistrés ne correspondent pas ; l&apos;enregistrement a probablement été interrompu.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirectListener</name>
    <message>
        <source>Insightly SSO Setup</source>
        <translation>Insightly SSO Setup</translation>
    </message>
    <message>
        <source>You can close this tab and return to Insightly SSO Setup.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Insightly SSO Setup.</translation>
    </message>
</context>
<context>
    <name>SamlResponseCheck</name>
    <message>
        <source>The captured value is not a SAML response.</source>
        <translation>La valeur capturée n&apos;est pas une réponse SAML.</translation>
    </message>
    <message>
        <source>It is not Base64 text, so it cannot be decoded.</source>
        <translation>Ce n&apos;est pas du texte Base64 ; elle ne peut donc pas être décodée.</translation>
    </message>
    <message>
        <source>It is XML, but not a SAML protocol Response.</source>
        <translation>C&apos;est du XML, mais pas une réponse (Response) du protocole SAML.</translation>
    </message>
    <message>
        <source>The SAML response is damaged.</source>
        <translation>La réponse SAML est endommagée.</translation>
    </message>
    <message>
        <source>It decodes, but is not well-formed XML: it was cut off or altered.</source>
        <translation>Elle se décode, mais ce n&apos;est pas du XML bien formé : elle a été tronquée ou modifiée.</translation>
    </message>
    <message>
        <source>Destination (Reply URL)</source>
        <translation>Destination (URL de réponse)</translation>
    </message>
    <message>
        <source>Readable assertion</source>
        <translation>Assertion lisible</translation>
    </message>
    <message>
        <source>encrypted assertion</source>
        <translation>assertion chiffrée</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>an unencrypted assertion</source>
        <translation>une assertion non chiffrée</translation>
    </message>
    <message>
        <source>The SAML assertion is encrypted.</source>
        <translation>L&apos;assertion SAML est chiffrée.</translation>
    </message>
    <message>
        <source>Token encryption is turned on for the app in Entra; Insightly expects a signed, unencrypted assertion.</source>
        <translation>Le chiffrement de jeton est activé pour l&apos;application dans Entra ; Insightly attend une assertion signée et non chiffrée.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Token encryption: deactivate the encryption certificate, then sign in again.</source>
        <translation>Dans Entra, « Authentification unique », « Chiffrement de jeton » : désactivez le certificat de chiffrement, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The SAML response carries no assertion.</source>
        <translation>La réponse SAML ne contient aucune assertion.</translation>
    </message>
    <message>
        <source>Entra reported success but sent no user information.</source>
        <translation>Entra a signalé un succès mais n&apos;a envoyé aucune information sur l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation>Reconnectez-vous via « Mes applications ».</translation>
    </message>
    <message>
        <source>Recipient (Reply URL)</source>
        <translation>Destinataire (URL de réponse)</translation>
    </message>
</context>
<context>
    <name>ScimInputs</name>
    <message>
        <source>The Tenant URL is empty.</source>
        <translation>L&apos;URL de locataire est vide.</translation>
    </message>
    <message>
        <source>Entra needs Insightly&apos;s SCIM endpoint to provision users.</source>
        <translation>Entra a besoin du point de terminaison SCIM d&apos;Insightly pour approvisionner les utilisateurs.</translation>
    </message>
    <message>
        <source>The Tenant URL field holds what looks like the Secret Token.</source>
        <translation>Le champ « URL de locataire » semble contenir le jeton secret.</translation>
    </message>
    <message>
        <source>The Tenant URL is a web address starting with https://; the long code below it in Insightly is the token.</source>
        <translation>L&apos;URL de locataire est une adresse web commençant par https:// ; le long code affiché en dessous dans Insightly est le jeton.</translation>
    </message>
    <message>
        <source>Paste the token into Secret Token instead. %1</source>
        <translation>Collez plutôt le jeton dans « Jeton secret ». %1</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Tenant URL.</source>
        <translation>Les espaces, sauts de ligne ou guillemets autour de l&apos;URL de locataire ont été supprimés.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Ils s&apos;ajoutent lors d&apos;une copie depuis un e-mail ou un document ; une URL n&apos;en contient jamais.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Rien à faire ; vérifiez que l&apos;URL ci-dessous est bien celle qu&apos;affiche Insightly.</translation>
    </message>
    <message>
        <source>Added %1 in front of the address.</source>
        <translation>%1 a été ajouté devant l&apos;adresse.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>Le texte collé commençait par le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The Tenant URL is not a web address.</source>
        <translation>L&apos;URL de locataire n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint is an address starting with https://.</source>
        <translation>Le point de terminaison SCIM d&apos;Insightly est une adresse commençant par https://.</translation>
    </message>
    <message>
        <source>The Tenant URL contains a user name or password before the host.</source>
        <translation>L&apos;URL de locataire contient un nom d&apos;utilisateur ou un mot de passe avant l&apos;hôte.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token separately; credentials in the address would be visible to anyone who sees the configuration.</source>
        <translation>Entra envoie le jeton secret séparément ; des informations d&apos;identification dans l&apos;adresse seraient visibles par toute personne qui voit la configuration.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s Sign-in page URL (for single sign-on), not the SCIM endpoint.</source>
        <translation>Il s&apos;agit de la « Sign-in page URL » d&apos;Insightly (pour l&apos;authentification unique), et non du point de terminaison SCIM.</translation>
    </message>
    <message>
        <source>Both are on the same settings page; the SCIM endpoint appears below Enable SCIM Provisioning.</source>
        <translation>Les deux se trouvent sur la même page de paramètres ; le point de terminaison SCIM apparaît sous « Enable SCIM Provisioning ».</translation>
    </message>
    <message>
        <source>That is the SAML and SCIM settings page; copy the SCIM endpoint shown on it.</source>
        <translation>Il s&apos;agit de la page des paramètres SAML et SCIM ; copiez le point de terminaison SCIM qui y est affiché.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>L&apos;adresse de la page des paramètres elle-même n&apos;est pas la valeur dont Entra a besoin.</translation>
    </message>
    <message>
        <source>The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.</source>
        <translation>L&apos;URL de locataire se termine par une ressource SCIM (%1) ; Entra ajoute cette partie lui-même.</translation>
    </message>
    <message>
        <source>Entra appends /Users, /Groups and the other resources to the Tenant URL, so they would appear twice.</source>
        <translation>Entra ajoute /Users, /Groups et les autres ressources à l&apos;URL de locataire ; elles apparaîtraient donc deux fois.</translation>
    </message>
    <message>
        <source>Use %1, the SCIM endpoint exactly as Insightly shows it.</source>
        <translation>Utilisez %1, le point de terminaison SCIM exactement tel qu&apos;Insightly l&apos;affiche.</translation>
    </message>
    <message>
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation>L&apos;adresse %1 pointe vers cet ordinateur, et non vers Insightly.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service connects from its own network; only the demo mode uses a local address.</source>
        <translation>Le service d&apos;approvisionnement de Microsoft se connecte depuis son propre réseau ; seul le mode démo utilise une adresse locale.</translation>
    </message>
    <message>
        <source>The Tenant URL must start with https://, not http://.</source>
        <translation>L&apos;URL de locataire doit commencer par https://, et non par http://.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token with every request; Microsoft requires an encrypted connection.</source>
        <translation>Entra envoie le jeton secret avec chaque requête ; Microsoft exige une connexion chiffrée.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Utilisez %1, exactement tel qu&apos;Insightly l&apos;affiche.</translation>
    </message>
    <message>
        <source>The Secret Token is empty.</source>
        <translation>Le jeton secret est vide.</translation>
    </message>
    <message>
        <source>Insightly only accepts provisioning requests that carry its SCIM token.</source>
        <translation>Insightly n&apos;accepte que les requêtes d&apos;approvisionnement qui contiennent son jeton SCIM.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Secret Token.</source>
        <translation>Les espaces, sauts de ligne ou guillemets autour du jeton secret ont été supprimés.</translation>
    </message>
    <message>
        <source>They come along when copying; they are not part of the token.</source>
        <translation>Ils s&apos;ajoutent lors de la copie ; ils ne font pas partie du jeton.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Removed &quot;Bearer&quot; in front of the Secret Token.</source>
        <translation>« Bearer » a été supprimé devant le jeton secret.</translation>
    </message>
    <message>
        <source>Entra adds the word Bearer itself when it sends the token.</source>
        <translation>Entra ajoute lui-même le mot Bearer lorsqu&apos;il envoie le jeton.</translation>
    </message>
    <message>
        <source>Only the word Bearer was pasted, without the token.</source>
        <translation>Seul le mot Bearer a été collé, sans le jeton.</translation>
    </message>
    <message>
        <source>The Secret Token field holds a web address.</source>
        <translation>Le champ « Jeton secret » contient une adresse web.</translation>
    </message>
    <message>
        <source>The web address is the Tenant URL; the token is the long code shown with it in Insightly.</source>
        <translation>L&apos;adresse web est l&apos;URL de locataire ; le jeton est le long code affiché avec elle dans Insightly.</translation>
    </message>
    <message>
        <source>Paste the address into Tenant URL instead. %1</source>
        <translation>Collez plutôt l&apos;adresse dans « URL de locataire ». %1</translation>
    </message>
    <message>
        <source>The Secret Token contains spaces or line breaks.</source>
        <translation>Le jeton secret contient des espaces ou des sauts de ligne.</translation>
    </message>
    <message>
        <source>A token never contains them; mail and chat programs break long codes into lines, or two values were pasted together.</source>
        <translation>Un jeton n&apos;en contient jamais ; les logiciels de messagerie et de chat coupent les longs codes en lignes, ou deux valeurs ont été collées ensemble.</translation>
    </message>
    <message>
        <source>Copy the token again in one piece, or check that the token without the spaces (ending in %1) is the one Insightly shows.</source>
        <translation>Copiez à nouveau le jeton d&apos;un seul tenant, ou vérifiez que le jeton sans les espaces (se terminant par %1) est bien celui qu&apos;affiche Insightly.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A credential has no valid name.</source>
        <translation>Des informations d&apos;identification n&apos;ont pas de nom valide.</translation>
    </message>
    <message>
        <source>A stored secret needs a tenant and a purpose.</source>
        <translation>Un secret enregistré nécessite un locataire et un usage.</translation>
    </message>
    <message>
        <source>Send the diagnostics to support.</source>
        <translation>Envoyez les diagnostics au support.</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>This sign-in was not started by the wizard.</source>
        <translation>Cette connexion n&apos;a pas été lancée par l&apos;assistant.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Relancez la connexion.</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, SAML Certificates, and download &quot;Certificate (Base64)&quot;; then choose that file.</source>
        <translation>Dans Entra, ouvrez l&apos;application Insightly SAML, puis « Authentification unique », « Certificats SAML », et téléchargez le « Certificat (Base64) » ; choisissez ensuite ce fichier.</translation>
    </message>
    <message>
        <source>This file is not a certificate.</source>
        <translation>Ce fichier n&apos;est pas un certificat.</translation>
    </message>
    <message>
        <source>It holds neither a PEM certificate (-----BEGIN CERTIFICATE-----), nor DER, nor Base64 certificate data.</source>
        <translation>Il ne contient ni certificat PEM (-----BEGIN CERTIFICATE-----), ni données de certificat DER ou Base64.</translation>
    </message>
    <message>
        <source>This certificate is incomplete.</source>
        <translation>Ce certificat est incomplet.</translation>
    </message>
    <message>
        <source>The data ends before the certificate does: it was cut off while copying or downloading.</source>
        <translation>Les données s&apos;arrêtent avant la fin du certificat : il a été tronqué lors de la copie ou du téléchargement.</translation>
    </message>
    <message>
        <source>This is a .pfx (PKCS#12) file, not a certificate.</source>
        <translation>Il s&apos;agit d&apos;un fichier .pfx (PKCS#12), et non d&apos;un certificat.</translation>
    </message>
    <message>
        <source>A .pfx file bundles the certificate with its private key; Insightly needs only the public certificate.</source>
        <translation>Un fichier .pfx regroupe le certificat et sa clé privée ; Insightly n&apos;a besoin que du certificat public.</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate.</source>
        <translation>Il s&apos;agit d&apos;une clé privée, et non d&apos;un certificat.</translation>
    </message>
    <message>
        <source>The file holds a PRIVATE KEY block. Insightly needs the public certificate; a private key must never be uploaded or shared.</source>
        <translation>Le fichier contient un bloc PRIVATE KEY. Insightly a besoin du certificat public ; une clé privée ne doit jamais être chargée ni partagée.</translation>
    </message>
    <message>
        <source>If this key is real, keep the file somewhere safe or delete it.</source>
        <translation>Si cette clé est réelle, conservez le fichier en lieu sûr ou supprimez-le.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>It contains no certificate.</source>
        <translation>Il ne contient aucun certificat.</translation>
    </message>
    <message>
        <source>This is Federation Metadata XML, not a certificate file.</source>
        <translation>Il s&apos;agit d&apos;un XML de métadonnées de fédération, et non d&apos;un fichier de certificat.</translation>
    </message>
    <message>
        <source>The metadata carries the signing certificate inside it.</source>
        <translation>Les métadonnées contiennent le certificat de signature.</translation>
    </message>
    <message>
        <source>Load it as federation metadata instead, or download &quot;Certificate (Base64)&quot; from Entra.</source>
        <translation>Chargez-le plutôt comme métadonnées de fédération, ou téléchargez le « Certificat (Base64) » depuis Entra.</translation>
    </message>
</context>
<context>
    <name>insightly</name>
    <message>
        <source>Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step.</source>
        <translation>Connecte Insightly à Microsoft Entra ID : authentification unique SAML et approvisionnement des utilisateurs SCIM, étape par étape.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes).</source>
        <translation>Exécuter sur un locataire et une instance Insightly simulés intégrés (aucune modification réelle).</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant: a domain or a tenant ID.</source>
        <translation>Locataire Microsoft Entra : un domaine ou un ID de locataire.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <source>Application (client) ID of your own app registration to sign in with.</source>
        <translation>ID d&apos;application (client) de votre propre inscription d&apos;application, utilisé pour la connexion.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov or china.</source>
        <translation>Cloud Microsoft : global, usgov ou china.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. en, de, fr, es, ja, pt_BR.</source>
        <translation>Langue de l&apos;assistant, par ex. en, de, fr, es, ja, pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--cloud must be global, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud doit valoir global, usgov ou china, et non « %1 ».</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e, not &quot;%1&quot;.</source>
        <translation>--client-id doit être un ID d&apos;application (client) tel que 14d82eec-204b-4c2f-b7e8-296a70dab67e, et non « %1 ».</translation>
    </message>
    <message>
        <source>--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not &quot;%1&quot;.</source>
        <translation>--tenant doit être un domaine tel que contoso.onmicrosoft.com ou un ID de locataire, et non « %1 ».</translation>
    </message>
    <message>
        <source>--language takes a language code such as de or pt_BR, not &quot;%1&quot;.</source>
        <translation>--language attend un code de langue tel que de ou pt_BR, et non « %1 ».</translation>
    </message>
</context>
<context>
    <name>insightly::EmbeddedBrowser</name>
    <message>
        <source>Address of the page shown</source>
        <translation>Adresse de la page affichée</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Progression du chargement de la page</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened: %2
Check the date and time of this computer, and whether a proxy or security software intercepts secure connections.</source>
        <translation>La connexion à %1 n&apos;est pas sécurisée ; la page n&apos;a donc pas été ouverte : %2
Vérifiez la date et l&apos;heure de cet ordinateur, et si un proxy ou un logiciel de sécurité intercepte les connexions sécurisées.</translation>
    </message>
    <message>
        <source>Not secure — </source>
        <translation>Non sécurisé — </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la page %1 : %2</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyRestClient</name>
    <message>
        <source>The API key belongs to %1, who is deactivated in Insightly.</source>
        <translation>La clé API appartient à %1, qui est désactivé dans Insightly.</translation>
    </message>
    <message>
        <source>A deactivated user&apos;s key cannot be used for the setup.</source>
        <translation>La clé d&apos;un utilisateur désactivé ne peut pas être utilisée pour la configuration.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an active administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Connectez-vous à Insightly en tant qu&apos;administrateur actif et copiez la clé de cet utilisateur depuis « User Settings › API ».</translation>
    </message>
    <message>
        <source>The API key belongs to %1, who is not an Insightly administrator.</source>
        <translation>La clé API appartient à %1, qui n&apos;est pas administrateur Insightly.</translation>
    </message>
    <message>
        <source>Only administrators can set up SAML single sign-on and SCIM provisioning in Insightly.</source>
        <translation>Seuls les administrateurs peuvent configurer l&apos;authentification unique SAML et l&apos;approvisionnement SCIM dans Insightly.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Connectez-vous à Insightly en tant qu&apos;administrateur et copiez la clé de cet utilisateur depuis « User Settings › API ».</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Insightly refused the API key: copy it again from User Settings › API.</source>
        <translation>Insightly a refusé la clé API : copiez-la à nouveau depuis « User Settings › API ».</translation>
    </message>
    <message>
        <source>The key was mistyped, belongs to another Insightly instance or pod, or was reset.</source>
        <translation>La clé a été mal saisie, appartient à une autre instance ou à un autre pod Insightly, ou a été réinitialisée.</translation>
    </message>
    <message>
        <source>In Insightly open User Settings › API, copy the API key, and paste it again.</source>
        <translation>Dans Insightly, ouvrez « User Settings › API », copiez la clé API et collez-la à nouveau.</translation>
    </message>
    <message>
        <source>Insightly denied API access for this key.</source>
        <translation>Insightly a refusé l&apos;accès à l&apos;API pour cette clé.</translation>
    </message>
    <message>
        <source>An administrator can switch API access off per user, and some plans have no API access.</source>
        <translation>Un administrateur peut désactiver l&apos;accès à l&apos;API par utilisateur, et certains plans n&apos;ont pas d&apos;accès à l&apos;API.</translation>
    </message>
    <message>
        <source>Ask an Insightly administrator to allow API access for your user, or use an administrator&apos;s key.</source>
        <translation>Demandez à un administrateur Insightly d&apos;autoriser l&apos;accès à l&apos;API pour votre utilisateur, ou utilisez la clé d&apos;un administrateur.</translation>
    </message>
    <message>
        <source>Insightly limits how many API requests a plan may make.</source>
        <translation>Insightly limite le nombre de requêtes API qu&apos;un plan peut effectuer.</translation>
    </message>
    <message>
        <source>Limit: %1 requests; remaining: %2.</source>
        <translation>Limite : %1 requêtes ; restantes : %2.</translation>
    </message>
    <message>
        <source>Insightly is limiting API requests (HTTP 429).</source>
        <translation>Insightly limite les requêtes API (HTTP 429).</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Attendez %n seconde et réessayez.</numerusform>
            <numerusform>Attendez %n secondes et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a while (the daily limit resets at midnight UTC) and try again.</source>
        <translation>Patientez un moment (la limite quotidienne est réinitialisée à minuit UTC) et réessayez.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API had a problem (HTTP %1).</source>
        <translation>L&apos;API d&apos;Insightly a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side.</source>
        <translation>Une erreur du côté d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, contact Insightly support.</source>
        <translation>Réessayez dans quelques minutes ; si le problème persiste, contactez le support Insightly.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API did not answer within %1 s.</source>
        <translation>L&apos;API d&apos;Insightly n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>The service is slow or a proxy holds the connection.</source>
        <translation>Le service est lent, ou un proxy retient la connexion.</translation>
    </message>
    <message>
        <source>Check your network and try again.</source>
        <translation>Vérifiez votre réseau et réessayez.</translation>
    </message>
    <message>
        <source>The wizard could not establish a trusted connection to %1.</source>
        <translation>L&apos;assistant n&apos;a pas pu établir de connexion approuvée avec %1.</translation>
    </message>
    <message>
        <source>Its certificate is not trusted by this computer, or a proxy inspects HTTPS traffic.</source>
        <translation>Son certificat n&apos;est pas approuvé par cet ordinateur, ou un proxy inspecte le trafic HTTPS.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1.</source>
        <translation>Si votre entreprise inspecte le trafic HTTPS, demandez au service informatique d&apos;exclure %1.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1.</source>
        <translation>L&apos;assistant n&apos;a pas pu joindre %1.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>La connexion a échoué (%1).</translation>
    </message>
    <message>
        <source>Check the pod of your Insightly instance, your network and proxy settings, then try again.</source>
        <translation>Vérifiez le pod de votre instance Insightly, votre réseau et vos paramètres de proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API answered HTTP %1.</source>
        <translation>L&apos;API d&apos;Insightly a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The API address may be wrong for this instance.</source>
        <translation>L&apos;adresse de l&apos;API est peut-être incorrecte pour cette instance.</translation>
    </message>
    <message>
        <source>Check the pod shown in Insightly&apos;s User Settings › API.</source>
        <translation>Vérifiez le pod indiqué dans « User Settings › API » d&apos;Insightly.</translation>
    </message>
    <message>
        <source>The address did not answer like Insightly&apos;s API.</source>
        <translation>L&apos;adresse n&apos;a pas répondu comme l&apos;API d&apos;Insightly.</translation>
    </message>
    <message>
        <source>The answer to Users/Me has no user in it.</source>
        <translation>La réponse à Users/Me ne contient aucun utilisateur.</translation>
    </message>
    <message>
        <source>The list of users is not a JSON array.</source>
        <translation>La liste des utilisateurs n&apos;est pas un tableau JSON.</translation>
    </message>
    <message>
        <source>Insightly listed more than %1 users; the wizard stopped reading there.</source>
        <translation>Insightly a listé plus de %1 utilisateurs ; l&apos;assistant a arrêté la lecture à ce stade.</translation>
    </message>
    <message>
        <source>A safety limit against lists that never end.</source>
        <translation>Une limite de sécurité contre les listes sans fin.</translation>
    </message>
    <message>
        <source>Check the users in Insightly directly.</source>
        <translation>Vérifiez les utilisateurs directement dans Insightly.</translation>
    </message>
</context>
<context>
    <name>insightly::MessagePanel</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier les diagnostics</translation>
    </message>
    <message>
        <source>Copy diagnostics to the clipboard</source>
        <translation>Copier les diagnostics dans le presse-papiers</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Request ID for support: %1</source>
        <translation>ID de requête pour le support : %1</translation>
    </message>
</context>
<context>
    <name>insightly::PreflightView</name>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <source>Roles and permissions checked before any change</source>
        <translation>Rôles et autorisations vérifiés avant toute modification</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>✓ Everything the wizard needs is in place. Nothing has been changed yet.</source>
        <translation>✓ Tout ce dont l&apos;assistant a besoin est en place. Rien n&apos;a encore été modifié.</translation>
    </message>
    <message>
        <source>✗ Something the wizard needs is missing. Nothing has been changed. Fix the rows marked ✗, then sign in again.</source>
        <translation>✗ Il manque quelque chose dont l&apos;assistant a besoin. Rien n&apos;a été modifié. Corrigez les lignes marquées ✗, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimProbe</name>
    <message>
        <source>Skipped: the host name could not be resolved.</source>
        <translation>Ignoré : le nom d&apos;hôte n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Skipped: no connection to the server.</source>
        <translation>Ignoré : aucune connexion au serveur.</translation>
    </message>
    <message>
        <source>Skipped: no trusted encrypted connection, so the token is not sent.</source>
        <translation>Ignoré : aucune connexion chiffrée approuvée, le jeton n&apos;est donc pas envoyé.</translation>
    </message>
    <message>
        <source>Skipped: no answer to the previous request.</source>
        <translation>Ignoré : aucune réponse à la requête précédente.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Résolution de noms</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <source>SCIM service configuration</source>
        <translation>Configuration du service SCIM</translation>
    </message>
    <message>
        <source>User lookup as Entra&apos;s Test Connection does it</source>
        <translation>Recherche d&apos;utilisateur telle que l&apos;effectue « Tester la connexion » d&apos;Entra</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Skipped: the wizard has no network access.</source>
        <translation>Ignoré : l&apos;assistant n&apos;a pas d&apos;accès réseau.</translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation>%1 est une adresse IP ; aucune résolution nécessaire.</translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation>Aucun résultat dans les %1 ms.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Connecté à %1, port %2.</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1 : aucune réponse</translation>
    </message>
    <message>
        <source>Plain http on this computer (demo mode): there is no TLS to check.</source>
        <translation>http non chiffré sur cet ordinateur (mode démo) : il n&apos;y a pas de TLS à vérifier.</translation>
    </message>
    <message>
        <source>The address starts with http://.</source>
        <translation>L&apos;adresse commence par http://.</translation>
    </message>
    <message>
        <source>No TLS handshake within %1 ms.</source>
        <translation>Aucune négociation TLS dans les %1 ms.</translation>
    </message>
    <message>
        <source>; filter %1, bulk %2</source>
        <translation>; filtre %1, bulk %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>pris en charge</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>non annoncé</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>; %n user(s) found</source>
        <translation>
            <numerusform>; %n utilisateur trouvé</numerusform>
            <numerusform>; %n utilisateurs trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>; empty ListResponse, as Entra expects</source>
        <translation>; ListResponse vide, comme l&apos;attend Entra</translation>
    </message>
    <message>
        <source> (Entra prefers the content type application/scim+json)</source>
        <translation> (Entra préfère le type de contenu application/scim+json)</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStateStore</name>
    <message>
        <source>The saved setup for %1 couldn&apos;t be opened.</source>
        <translation>La configuration enregistrée pour %1 n&apos;a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Check the permissions of %1, then restart the wizard. Until then, the wizard won&apos;t overwrite it.</source>
        <translation>Vérifiez les autorisations de %1, puis redémarrez l&apos;assistant. D&apos;ici là, l&apos;assistant ne l&apos;écrasera pas.</translation>
    </message>
    <message>
        <source>It isn&apos;t valid JSON (%1 at byte %2).</source>
        <translation>Ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>It doesn&apos;t contain a setup.</source>
        <translation>Elle ne contient pas de configuration.</translation>
    </message>
    <message>
        <source>It has no valid format version.</source>
        <translation>Elle n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>It belongs to another tenant.</source>
        <translation>Elle appartient à un autre locataire.</translation>
    </message>
    <message>
        <source>The saved setup for %1 was created by a newer version of Insightly SSO Setup.</source>
        <translation>La configuration enregistrée pour %1 a été créée par une version plus récente d&apos;Insightly SSO Setup.</translation>
    </message>
    <message>
        <source>This version understands setup format %1; the file uses format %2.</source>
        <translation>Cette version comprend le format de configuration %1 ; le fichier utilise le format %2.</translation>
    </message>
    <message>
        <source>Update the app to the latest version, then open this setup again. The file was left untouched.</source>
        <translation>Mettez l&apos;application à jour vers la dernière version, puis rouvrez cette configuration. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The saved setup for %1 couldn&apos;t be read.</source>
        <translation>La configuration enregistrée pour %1 n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The file is damaged. %1</source>
        <translation>Le fichier est endommagé. %1</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be moved aside, so the wizard won&apos;t overwrite it. Move or delete %1, then restart the wizard.</source>
        <translation>Le fichier n&apos;a pas pu être mis de côté ; l&apos;assistant ne l&apos;écrasera donc pas. Déplacez ou supprimez %1, puis redémarrez l&apos;assistant.</translation>
    </message>
    <message>
        <source>The wizard starts this setup afresh and checks what already exists in your tenant, so nothing is created twice. The damaged file was kept as %1.</source>
        <translation>L&apos;assistant reprend cette configuration depuis le début et vérifie ce qui existe déjà dans votre locataire, afin que rien ne soit créé deux fois. Le fichier endommagé a été conservé sous %1.</translation>
    </message>
    <message>
        <source>The setup progress for %1 isn&apos;t being saved.</source>
        <translation>La progression de la configuration pour %1 n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <source>Its saved file was made by a newer version of the app, or couldn&apos;t be read.</source>
        <translation>Son fichier enregistré a été créé par une version plus récente de l&apos;application, ou n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Update the app, or move %1 away, then restart the wizard.</source>
        <translation>Mettez l&apos;application à jour ou déplacez %1 ailleurs, puis redémarrez l&apos;assistant.</translation>
    </message>
    <message>
        <source>A saved setup for this tenant exists and wasn&apos;t opened.</source>
        <translation>Une configuration enregistrée existe pour ce locataire et n&apos;a pas été ouverte.</translation>
    </message>
    <message>
        <source>Restart the wizard to continue the saved setup.</source>
        <translation>Redémarrez l&apos;assistant pour poursuivre la configuration enregistrée.</translation>
    </message>
    <message>
        <source>The setup progress couldn&apos;t be saved.</source>
        <translation>La progression de la configuration n&apos;a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Check that the disk has free space and that %1 is writable. The wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>Vérifiez que le disque dispose d&apos;espace libre et que %1 est accessible en écriture. L&apos;assistant continue de fonctionner, mais une exécution ultérieure risque de ne pas reprendre là où celle-ci s&apos;est arrêtée.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupWizard</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Your Insightly instance</source>
        <translation>Votre instance Insightly</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Copiez la « Sign-in page URL » d&apos;Insightly dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Insightly, ouvrez &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copiez la &lt;b&gt;Sign-in page URL&lt;/b&gt;. Elle ressemble à &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Collez-la ici. L&apos;assistant l&apos;utilise à la fois comme identificateur (ID d&apos;entité) et comme URL de réponse.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Reading and checking the Insightly Sign-in page URL is not built yet.</source>
        <translation>La lecture et la vérification de la « Sign-in page URL » d&apos;Insightly ne sont pas encore implémentées.</translation>
    </message>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>Étape 1 — Ajouter l&apos;application Insightly SAML</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>L&apos;application d&apos;entreprise de la galerie Microsoft Entra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans le centre d&apos;administration Microsoft Entra, il s&apos;agit de &lt;b&gt;Applications d&apos;entreprise › Nouvelle application&lt;/b&gt; : recherchez &lt;b&gt;Insightly SAML&lt;/b&gt; dans la galerie et ajoutez-la.&lt;/p&gt;&lt;p&gt;L&apos;assistant recherche d&apos;abord une application Insightly SAML existante et n&apos;en crée jamais une deuxième.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding or adding the Insightly SAML application is not built yet.</source>
        <translation>La recherche ou l&apos;ajout de l&apos;application Insightly SAML n&apos;est pas encore implémenté.</translation>
    </message>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>Étape 2 — Configurer l&apos;authentification unique SAML</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>Identificateur, URL de réponse et certificat de signature ; le certificat est ensuite transmis à Insightly.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings and save.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Méthode d&apos;authentification unique : &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identificateur (ID d&apos;entité)&lt;/b&gt; et &lt;b&gt;URL de réponse&lt;/b&gt; : la « Sign-in page URL » d&apos;Insightly.&lt;/li&gt;&lt;li&gt;Téléchargez le &lt;b&gt;Certificat (Base64)&lt;/b&gt; (recommandé) ou le &lt;b&gt;XML de métadonnées de fédération&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Chargez-le dans les paramètres SAML d&apos;Insightly et enregistrez.&lt;/li&gt;&lt;li&gt;Testez la connexion. Seulement ensuite, cochez &lt;b&gt;Enforce SAML Login&lt;/b&gt; dans Insightly.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Configuring SAML, the signing certificate and the sign-in test is not built yet.</source>
        <translation>La configuration de SAML, du certificat de signature et du test de connexion n&apos;est pas encore implémentée.</translation>
    </message>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>Étape 3 — Connecter l&apos;approvisionnement SCIM</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>Le point de terminaison et le jeton SCIM d&apos;Insightly, testés et enregistrés dans Entra.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and save.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; and the &lt;b&gt;token&lt;/b&gt; Insightly shows.&lt;/li&gt;&lt;li&gt;In Entra: Provisioning mode &lt;b&gt;Automatic&lt;/b&gt;, Tenant URL = the endpoint, Secret Token = the token, &lt;b&gt;Test Connection&lt;/b&gt;, save, and start provisioning.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans Insightly, cochez &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; et enregistrez.&lt;/li&gt;&lt;li&gt;Copiez le &lt;b&gt;point de terminaison SCIM&lt;/b&gt; et le &lt;b&gt;jeton&lt;/b&gt; qu&apos;affiche Insightly.&lt;/li&gt;&lt;li&gt;Dans Entra : mode d&apos;approvisionnement &lt;b&gt;Automatique&lt;/b&gt;, URL de locataire = le point de terminaison, Jeton secret = le jeton, &lt;b&gt;Tester la connexion&lt;/b&gt;, enregistrez et démarrez l&apos;approvisionnement.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Connecting SCIM provisioning is not built yet.</source>
        <translation>La connexion de l&apos;approvisionnement SCIM n&apos;est pas encore implémentée.</translation>
    </message>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>Étape 4 — Affecter des utilisateurs et des groupes</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Qui peut se connecter à Insightly via Entra, et qui est approvisionné.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Affectez les utilisateurs et les groupes qui utilisent Insightly. Leur adresse e-mail Insightly doit correspondre à leur nom de connexion Entra.&lt;/p&gt;&lt;p&gt;Les utilisateurs se connectent ensuite depuis &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assigning users and groups is not built yet.</source>
        <translation>L&apos;affectation des utilisateurs et des groupes n&apos;est pas encore implémentée.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What was set up, and what to do next.</source>
        <translation>Ce qui a été configuré, et la suite à donner.</translation>
    </message>
    <message>
        <source>The summary of the setup is not built yet.</source>
        <translation>Le résumé de la configuration n&apos;est pas encore implémenté.</translation>
    </message>
</context>
<context>
    <name>insightly::SignInPage</name>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Se connecter à Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Sign in with an account that may manage enterprise applications in your tenant.</source>
        <translation>Connectez-vous avec un compte autorisé à gérer les applications d&apos;entreprise de votre locataire.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in on this page. Before it changes anything, the wizard checks that your account holds the &lt;b&gt;Cloud Application Administrator&lt;/b&gt; or &lt;b&gt;Application Administrator&lt;/b&gt; role and that the permissions it needs were granted.&lt;/p&gt;&lt;p&gt;If your organisation does not allow signing in from an embedded browser, use &lt;i&gt;Sign in with the system browser&lt;/i&gt; or &lt;i&gt;Sign in with a code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Your session is kept in the system keychain, so the next start signs you in without asking again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connectez-vous sur cette page. Avant de modifier quoi que ce soit, l&apos;assistant vérifie que votre compte dispose du rôle &lt;b&gt;Administrateur d&apos;application cloud&lt;/b&gt; ou &lt;b&gt;Administrateur d&apos;application&lt;/b&gt; et que les autorisations nécessaires ont été accordées.&lt;/p&gt;&lt;p&gt;Si votre organisation n&apos;autorise pas la connexion depuis un navigateur intégré, utilisez &lt;i&gt;Se connecter avec le navigateur système&lt;/i&gt; ou &lt;i&gt;Se connecter avec un code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Votre session est conservée dans le trousseau du système ; au prochain démarrage, vous êtes connecté sans nouvelle demande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Code de connexion</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Ouvrir la page de connexion</translation>
    </message>
    <message>
        <source>Sign in &amp;here</source>
        <translation>Se connecter &amp;ici</translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser</source>
        <translation>Se connecter avec le navigateur &amp;système</translation>
    </message>
    <message>
        <source>Sign in with a c&amp;ode</source>
        <translation>Se connecter avec un co&amp;de</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Se connecter en tant qu&apos;&amp;autre personne</translation>
    </message>
    <message>
        <source>Signing you in with your saved session…</source>
        <translation>Connexion avec votre session enregistrée…</translation>
    </message>
    <message>
        <source>The wizard could not open a local port to receive the sign-in.</source>
        <translation>L&apos;assistant n&apos;a pas pu ouvrir de port local pour recevoir la connexion.</translation>
    </message>
    <message>
        <source>Sign in here or with a code instead.</source>
        <translation>Connectez-vous plutôt ici ou avec un code.</translation>
    </message>
    <message>
        <source>Your browser opened Microsoft&apos;s sign-in page. Sign in there; this page continues by itself when you are done.</source>
        <translation>Votre navigateur a ouvert la page de connexion Microsoft. Connectez-vous-y ; cette page continue d&apos;elle-même lorsque vous avez terminé.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>En attente de la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>Le navigateur système n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Demande d&apos;un code de connexion à Microsoft…</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code. This page continues by itself when you are done.</source>
        <translation>Sur n&apos;importe quel appareil, ouvrez %1 et saisissez ce code. Cette page continue d&apos;elle-même lorsque vous avez terminé.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>En attente de la saisie du code…</translation>
    </message>
    <message>
        <source>Completing the sign-in and checking your permissions…</source>
        <translation>Finalisation de la connexion et vérification de vos autorisations…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Vous n&apos;êtes pas connecté.</translation>
    </message>
</context>
<context>
    <name>insightly::StepPage</name>
    <message>
        <source>Instructions for this step</source>
        <translation>Instructions pour cette étape</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Pas encore disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>insightly::WelcomePage</name>
    <message>
        <source>Connect Insightly to Microsoft Entra ID</source>
        <translation>Connecter Insightly à Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Single sign-on with SAML and user provisioning with SCIM, set up and proven step by step.</source>
        <translation>Authentification unique avec SAML et approvisionnement des utilisateurs avec SCIM, configurés et vérifiés étape par étape.</translation>
    </message>
    <message>
        <source>This wizard signs you in to Microsoft Entra ID and does the four steps of Insightly&apos;s “Setup of SAML &amp; SCIM for Azure” article for you: it adds the &lt;i&gt;Insightly SAML&lt;/i&gt; enterprise application, configures SAML single sign-on and its signing certificate, connects SCIM provisioning, and assigns users and groups. It tests each step before the next, and signs in once through SAML before you enforce SAML login, so nobody is locked out.</source>
        <translation>Cet assistant vous connecte à Microsoft Entra ID et effectue pour vous les quatre étapes de l&apos;article d&apos;Insightly « Setup of SAML &amp; SCIM for Azure » : il ajoute l&apos;application d&apos;entreprise &lt;i&gt;Insightly SAML&lt;/i&gt;, configure l&apos;authentification unique SAML et son certificat de signature, connecte l&apos;approvisionnement SCIM, et affecte les utilisateurs et les groupes. Il teste chaque étape avant la suivante, et se connecte une fois via SAML avant que vous n&apos;imposiez la connexion SAML, afin que personne ne soit bloqué.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire ?</translation>
    </message>
    <message>
        <source>&amp;Set up single sign-on and provisioning</source>
        <translation>&amp;Configurer l&apos;authentification unique et l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Set up single sign-on and provisioning</source>
        <translation>Configurer l&apos;authentification unique et l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>&amp;Rotate the SAML signing certificate of an existing setup</source>
        <translation>&amp;Renouveler le certificat de signature SAML d&apos;une configuration existante</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>Renouveler le certificat de signature SAML</translation>
    </message>
    <message>
        <source>&amp;Check the status of an existing setup</source>
        <translation>&amp;Vérifier l&apos;état d&apos;une configuration existante</translation>
    </message>
    <message>
        <source>Check the status of an existing setup</source>
        <translation>Vérifier l&apos;état d&apos;une configuration existante</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Locataire Microsoft Entra</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID (optional)</source>
        <translation>contoso.onmicrosoft.com ou ID de locataire (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Microsoft Entra account with the Cloud Application Administrator or Application Administrator role;&lt;/li&gt;&lt;li&gt;an Insightly administrator account on the Enterprise plan.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Vous aurez besoin de&lt;/b&gt;&lt;ul&gt;&lt;li&gt;un compte Microsoft Entra disposant du rôle Administrateur d&apos;application cloud ou Administrateur d&apos;application ;&lt;/li&gt;&lt;li&gt;un compte administrateur Insightly sur le plan Enterprise.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>insightly::entra</name>
    <message>
        <source>add and configure the Insightly SAML application (steps 1–2)</source>
        <translation>ajouter et configurer l&apos;application Insightly SAML (étapes 1–2)</translation>
    </message>
    <message>
        <source>assign users and groups (step 4)</source>
        <translation>affecter des utilisateurs et des groupes (étape 4)</translation>
    </message>
    <message>
        <source>connect and start SCIM provisioning (step 3)</source>
        <translation>connecter et démarrer l&apos;approvisionnement SCIM (étape 3)</translation>
    </message>
    <message>
        <source>find users to assign (step 4)</source>
        <translation>rechercher les utilisateurs à affecter (étape 4)</translation>
    </message>
    <message>
        <source>find groups to assign (step 4)</source>
        <translation>rechercher les groupes à affecter (étape 4)</translation>
    </message>
    <message>
        <source>Your Entra role may manage enterprise applications</source>
        <translation>Votre rôle Entra permet de gérer les applications d&apos;entreprise</translation>
    </message>
    <message>
        <source>Your roles could not be read.</source>
        <translation>Vos rôles n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>No directory role</source>
        <translation>Aucun rôle d&apos;annuaire</translation>
    </message>
    <message>
        <source>%1 does not hold a role that may set up enterprise applications.</source>
        <translation>%1 ne dispose d&apos;aucun rôle permettant de configurer des applications d&apos;entreprise.</translation>
    </message>
    <message>
        <source>Adding the application, configuring SAML and provisioning need Cloud Application Administrator or Application Administrator (or Global Administrator).</source>
        <translation>L&apos;ajout de l&apos;application et la configuration de SAML et de l&apos;approvisionnement nécessitent le rôle Administrateur d&apos;application cloud ou Administrateur d&apos;application (ou Administrateur général).</translation>
    </message>
    <message>
        <source>Ask a Privileged Role Administrator to give your account the Cloud Application Administrator role (Entra admin center › Roles and administrators), or sign in with an account that has it.</source>
        <translation>Demandez à un Administrateur de rôle privilégié d&apos;attribuer à votre compte le rôle Administrateur d&apos;application cloud (centre d&apos;administration Microsoft Entra › Rôles et administrateurs), ou connectez-vous avec un compte qui en dispose.</translation>
    </message>
    <message>
        <source>Permission %1 — to %2</source>
        <translation>Autorisation %1 — pour %2</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordée</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Non accordée</translation>
    </message>
    <message>
        <source>The permission %1 was not granted to this sign-in.</source>
        <translation>L&apos;autorisation %1 n&apos;a pas été accordée à cette connexion.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s consent settings may require an administrator to approve it.</source>
        <translation>Les paramètres de consentement de votre organisation exigent peut-être qu&apos;un administrateur l&apos;approuve.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant consent for the whole organisation at %1, then sign in again.</source>
        <translation>Demandez à un administrateur d&apos;accorder le consentement pour toute l&apos;organisation sur %1, puis reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>insightly::entra::GraphClient</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>aucune réponse en %n seconde</numerusform>
            <numerusform>aucune réponse en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>La démo n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation>%1 — démo (locataire simulé)</translation>
    </message>
</context>
</TS>
