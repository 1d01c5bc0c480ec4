<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>(not present)</source>
        <translation>(no presente)</translation>
    </message>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit</source>
        <translation>En Entra, abra la aplicación Insightly SAML y, después, «Inicio de sesión único», «Configuración básica de SAML», «Editar»</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Estado del inicio de sesión</translation>
    </message>
    <message>
        <source>Read the status message, fix the cause in Entra, then sign in again.</source>
        <translation>Lea el mensaje de estado, corrija la causa en Entra y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Assign the user (or a group they are in) to the Insightly SAML application in Entra (Users and groups), then sign in again.</source>
        <translation>Asigne el usuario (o un grupo al que pertenezca) a la aplicación Insightly SAML en Entra («Usuarios y grupos») y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Entra did not sign the user in.</source>
        <translation>Entra no inició la sesión del usuario.</translation>
    </message>
    <message>
        <source>The SAML response status is %1.</source>
        <translation>El estado de la respuesta SAML es %1.</translation>
    </message>
    <message>
        <source>Issuer (Microsoft Entra Identifier)</source>
        <translation>Emisor (Identificador de Microsoft Entra)</translation>
    </message>
    <message>
        <source>The response was issued by %1, but this tenant&apos;s Microsoft Entra Identifier is %2.</source>
        <translation>La respuesta la emitió %1, pero el Identificador de Microsoft Entra de este inquilino es %2.</translation>
    </message>
    <message>
        <source>The sign-in happened in another tenant (or another identity provider) than the one the wizard set up.</source>
        <translation>El inicio de sesión se produjo en otro inquilino (o en otro proveedor de identidades) distinto del que configuró el asistente.</translation>
    </message>
    <message>
        <source>Sign in to My Apps with an account of the tenant the wizard set up, then try again.</source>
        <translation>Inicie sesión en «Mis aplicaciones» con una cuenta del inquilino que configuró el asistente y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Reply URL in Entra is %1, but Insightly&apos;s Sign-in page URL is %2.</source>
        <translation>La URL de respuesta en Entra es %1, pero la «Sign-in page URL» de Insightly es %2.</translation>
    </message>
    <message>
        <source>Entra posts the response to its Reply URL and names it inside; Insightly refuses a response addressed elsewhere.</source>
        <translation>Entra envía la respuesta a su URL de respuesta y la indica en su interior; Insightly rechaza una respuesta dirigida a otra dirección.</translation>
    </message>
    <message>
        <source>Set Reply URL (Assertion Consumer Service URL) to %1, save, and sign in again.</source>
        <translation>Establezca la URL de respuesta (URL del Servicio de consumidor de aserciones) en %1, guarde y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Audience (Identifier, Entity ID)</source>
        <translation>Audiencia (Identificador, id. de entidad)</translation>
    </message>
    <message>
        <source>Identifier (Entity ID) in Entra is %1, the SAML response was for that audience, but Insightly expects %2.</source>
        <translation>El identificador (id. de entidad) en Entra es %1, la respuesta SAML era para esa audiencia, pero Insightly espera %2.</translation>
    </message>
    <message>
        <source>Entra writes its Identifier (Entity ID) into the response&apos;s Audience; Insightly accepts only responses meant for its Sign-in page URL.</source>
        <translation>Entra escribe su identificador (id. de entidad) en la audiencia de la respuesta; Insightly solo acepta respuestas destinadas a su «Sign-in page URL».</translation>
    </message>
    <message>
        <source>Set Identifier (Entity ID) to %1 (and make it the default), save, and sign in again.</source>
        <translation>Establezca el identificador (id. de entidad) en %1 (y márquelo como predeterminado), guarde y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>User identifier (NameID)</source>
        <translation>Identificador de usuario (NameID)</translation>
    </message>
    <message>
        <source>the user&apos;s email address</source>
        <translation>la dirección de correo electrónico del usuario</translation>
    </message>
    <message>
        <source>The response carries no user identifier (NameID).</source>
        <translation>La respuesta no contiene ningún identificador de usuario (NameID).</translation>
    </message>
    <message>
        <source>The user identifier (NameID) %1 is not an email address.</source>
        <translation>El identificador de usuario (NameID) %1 no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Insightly finds the user by the email address in NameID; it must match the user&apos;s Insightly email.</source>
        <translation>Insightly encuentra al usuario por la dirección de correo electrónico de NameID; debe coincidir con el correo electrónico del usuario en Insightly.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Attributes &amp; Claims: set Unique User Identifier (Name ID) to user.userprincipalname (or user.mail), save, and sign in again.</source>
        <translation>En Entra, «Inicio de sesión único», «Atributos y notificaciones»: establezca «Identificador de usuario único (id. de nombre)» en user.userprincipalname (o user.mail), guarde y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from Entra&apos;s by more than five minutes, or the response was captured earlier and is being reused.</source>
        <translation>El reloj de este equipo difiere del de Entra en más de cinco minutos, o la respuesta se capturó antes y se está reutilizando.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone, then sign in again.</source>
        <translation>Compruebe la fecha, la hora y la zona horaria de este equipo y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Subject confirmation still valid</source>
        <translation>Confirmación del sujeto aún válida</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>valid at %1 (± 5 minutes)</source>
        <translation>válida el %1 (± 5 minutos)</translation>
    </message>
    <message>
        <source>The SAML response expired at %1; it is now %2.</source>
        <translation>La respuesta SAML caducó el %1; ahora es %2.</translation>
    </message>
    <message>
        <source>The response does not say until when it is valid.</source>
        <translation>La respuesta no indica hasta cuándo es válida.</translation>
    </message>
    <message>
        <source>SubjectConfirmationData has no NotOnOrAfter.</source>
        <translation>SubjectConfirmationData no tiene NotOnOrAfter.</translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation>Vuelva a iniciar sesión a través de «Mis aplicaciones».</translation>
    </message>
    <message>
        <source>Assertion validity period</source>
        <translation>Período de validez de la aserción</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>desde %1 hasta %2</translation>
    </message>
    <message>
        <source>The SAML response is valid only from %1; it is now %2.</source>
        <translation>La respuesta SAML solo es válida a partir del %1; ahora es %2.</translation>
    </message>
    <message>
        <source>Conditions has no NotOnOrAfter.</source>
        <translation>Conditions no tiene NotOnOrAfter.</translation>
    </message>
    <message>
        <source> (Insightly holds %1)</source>
        <translation> (Insightly tiene %1)</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Certificado de firma</translation>
    </message>
    <message>
        <source>The SAML response is not signed.</source>
        <translation>La respuesta SAML no está firmada.</translation>
    </message>
    <message>
        <source>Insightly accepts only responses signed with the certificate it holds.</source>
        <translation>Insightly solo acepta respuestas firmadas con el certificado que tiene.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, SAML Certificates: set Signing Option to &quot;Sign SAML assertion&quot; and make sure a certificate is active.</source>
        <translation>En Entra, «Inicio de sesión único», «Certificados SAML»: establezca la opción de firma en «Firmar aserción SAML» y asegúrese de que haya un certificado activo.</translation>
    </message>
    <message>
        <source>The certificate in the response&apos;s signature cannot be read.</source>
        <translation>No se puede leer el certificado de la firma de la respuesta.</translation>
    </message>
    <message>
        <source>The signature&apos;s KeyInfo holds no valid X.509 certificate.</source>
        <translation>El KeyInfo de la firma no contiene ningún certificado X.509 válido.</translation>
    </message>
    <message>
        <source>Sign in again; if it persists, the response was altered on the way.</source>
        <translation>Vuelva a iniciar sesión; si el problema persiste, la respuesta se modificó por el camino.</translation>
    </message>
    <message>
        <source>Entra signs with %1, the active certificate is %2.</source>
        <translation>Entra firma con %1, el certificado activo es %2.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2.</source>
        <translation>Insightly tiene el certificado %1, Entra firma con %2.</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again: Entra can take a while to switch certificates. If it persists, open SAML Certificates in Entra and make %1 active.</source>
        <translation>Espere unos minutos y vuelva a iniciar sesión: Entra puede tardar un tiempo en cambiar de certificado. Si el problema persiste, abra «Certificados SAML» en Entra y active %1.</translation>
    </message>
    <message>
        <source>Then upload certificate %1 to Insightly as well.</source>
        <translation>Después, cargue también el certificado %1 en Insightly.</translation>
    </message>
    <message>
        <source>Entra signed this response with another certificate than the active one.</source>
        <translation>Entra firmó esta respuesta con un certificado distinto del activo.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2: upload the new one.</source>
        <translation>Insightly tiene el certificado %1, Entra firma con %2: cargue el nuevo.</translation>
    </message>
    <message>
        <source>Insightly checks the signature with the certificate it holds, so it will refuse this sign-in.</source>
        <translation>Insightly comprueba la firma con el certificado que tiene, por lo que rechazará este inicio de sesión.</translation>
    </message>
    <message>
        <source>Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML and SCIM) and save.</source>
        <translation>Cargue el «Certificado (Base64)» de %1 en Insightly («System Settings», «Security», «SAML and SCIM») y guarde.</translation>
    </message>
    <message>
        <source>Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.</source>
        <translation>Entra firma con el certificado %1, válido desde %2 hasta %3; ahora es %4.</translation>
    </message>
    <message>
        <source>Insightly may refuse responses signed with a certificate outside its validity period.</source>
        <translation>Insightly puede rechazar respuestas firmadas con un certificado fuera de su período de validez.</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it active in Entra.</source>
        <translation>Renueve el certificado de firma SAML: cree uno nuevo, cárguelo en Insightly y actívelo en Entra.</translation>
    </message>
    <message>
        <source>SAML response readable</source>
        <translation>Respuesta SAML legible</translation>
    </message>
    <message>
        <source>a Base64-encoded SAML response</source>
        <translation>una respuesta SAML codificada en Base64</translation>
    </message>
    <message>
        <source>Sign in again through My Apps so the wizard can capture a fresh response; if you pasted it, copy the whole SAMLResponse value.</source>
        <translation>Vuelva a iniciar sesión a través de «Mis aplicaciones» para que el asistente pueda capturar una respuesta nueva; si la pegó usted, copie el valor SAMLResponse completo.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).</source>
        <translation>En Insightly, abra «System Settings», «Security», «SAML and SCIM» y copie la «Sign-in page URL» que aparece allí (tiene el aspecto https://crm.na1.insightly.com/user/saml?instanceId=…).</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL, which Entra uses as Identifier (Entity ID) and Reply URL.</source>
        <translation>El asistente necesita la «Sign-in page URL» de Insightly, que Entra usa como identificador (id. de entidad) y URL de respuesta.</translation>
    </message>
    <message>
        <source>That is a Microsoft Entra sign-in address (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Esa es una dirección de inicio de sesión de Microsoft Entra (%1), no la «Sign-in page URL» de Insightly.</translation>
    </message>
    <message>
        <source>Entra&apos;s Login URL goes into Insightly; here the wizard needs the opposite direction: Insightly&apos;s own address.</source>
        <translation>La URL de inicio de sesión de Entra se introduce en Insightly; aquí el asistente necesita la dirección contraria: la dirección propia de Insightly.</translation>
    </message>
    <message>
        <source>That is the My Apps portal (%1), where users start Insightly after setup, not Insightly&apos;s Sign-in page URL.</source>
        <translation>Ese es el portal «Mis aplicaciones» (%1), desde el que los usuarios abren Insightly después de la configuración, no la «Sign-in page URL» de Insightly.</translation>
    </message>
    <message>
        <source>That is a page of the Microsoft admin portal (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Esa es una página del portal de administración de Microsoft (%1), no la «Sign-in page URL» de Insightly.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s REST API address (%1), not the Sign-in page URL.</source>
        <translation>Esa es la dirección de la API REST de Insightly (%1), no la «Sign-in page URL».</translation>
    </message>
    <message>
        <source>The Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, not on api.&lt;pod&gt;.</source>
        <translation>La «Sign-in page URL» está en crm.&lt;pod&gt;.insightly.com, no en api.&lt;pod&gt;.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s public website or help centre (%1), not your Insightly instance&apos;s Sign-in page URL.</source>
        <translation>Ese es el sitio web público o el centro de ayuda de Insightly (%1), no la «Sign-in page URL» de su instancia de Insightly.</translation>
    </message>
    <message>
        <source>The address %1 is not an Insightly CRM address.</source>
        <translation>La dirección %1 no es una dirección de Insightly CRM.</translation>
    </message>
    <message>
        <source>Insightly&apos;s Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, for example crm.na1.insightly.com.</source>
        <translation>La «Sign-in page URL» de Insightly está en crm.&lt;pod&gt;.insightly.com, por ejemplo crm.na1.insightly.com.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>En Insightly, abra «System Settings», «Security», «SAML and SCIM», marque «Enable SCIM Provisioning», guarde y copie el punto de conexión SCIM que aparece allí en «URL del inquilino».</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>En Insightly, abra «System Settings», «Security», «SAML and SCIM» y copie el token SCIM que aparece allí en «Token secreto».</translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and paste it exactly as shown, without adding /Users.</source>
        <translation>Vuelva a copiar el punto de conexión SCIM desde Insightly («System Settings», «Security», «SAML and SCIM») y péguelo exactamente como aparece, sin agregar /Users.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>No se encontró el nombre %1.</translation>
    </message>
    <message>
        <source>The address has a typo or the wrong pod (na1, eu1, au1), or this computer&apos;s network or proxy blocks name lookups.</source>
        <translation>La dirección tiene un error tipográfico o el pod equivocado (na1, eu1, au1), o la red o el proxy de este equipo bloquea la resolución de nombres.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 rechazó la conexión en el puerto %2.</translation>
    </message>
    <message>
        <source>Nothing answers at that address and port: a wrong port in the Tenant URL, a server that is down, or a firewall.</source>
        <translation>Nada responde en esa dirección y puerto: un puerto incorrecto en la URL del inquilino, un servidor caído o un firewall.</translation>
    </message>
    <message>
        <source>Check the address; if it is the one Insightly shows, check your network and try again later. Microsoft connects from its own network, so Insightly must also be reachable from the internet.</source>
        <translation>Compruebe la dirección; si es la que muestra Insightly, compruebe su red y vuelva a intentarlo más tarde. Microsoft se conecta desde su propia red, por lo que Insightly también debe ser accesible desde Internet.</translation>
    </message>
    <message>
        <source>Insightly did not answer within %1 s.</source>
        <translation>Insightly no respondió en %1 s.</translation>
    </message>
    <message>
        <source>%1 accepted the connection or the request but sent no answer in time: a slow or busy service, or a proxy or firewall holding the connection.</source>
        <translation>%1 aceptó la conexión o la solicitud, pero no respondió a tiempo: un servicio lento u ocupado, o un proxy o firewall que retiene la conexión.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check your network and proxy settings.</source>
        <translation>Vuelva a intentarlo en unos minutos; si sigue ocurriendo, compruebe la configuración de red y de proxy.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1 from this computer.</source>
        <translation>El asistente no pudo conectar con %1 desde este equipo.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Error en la conexión (%1).</translation>
    </message>
    <message>
        <source>Check the address, your network and your proxy settings, then try again.</source>
        <translation>Compruebe la dirección, la red y la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The Tenant URL is not encrypted (http).</source>
        <translation>La URL del inquilino no está cifrada (http).</translation>
    </message>
    <message>
        <source>The Secret Token would travel in clear text; the wizard does not send it there and Microsoft refuses it too.</source>
        <translation>El token secreto viajaría en texto sin cifrar; el asistente no lo envía allí y Microsoft también lo rechaza.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Use %1, exactamente como lo muestra Insightly.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked or is invalid.</source>
        <translation>El certificado de %1 se ha revocado o no es válido.</translation>
    </message>
    <message>
        <source>The certificate was withdrawn or altered; the connection cannot be trusted.</source>
        <translation>El certificado se retiró o se modificó; la conexión no es de confianza.</translation>
    </message>
    <message>
        <source>Do not continue; contact the service owner.</source>
        <translation>No continúe; póngase en contacto con el responsable del servicio.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3.</source>
        <translation>El certificado de %1 solo es válido desde %2 hasta %3.</translation>
    </message>
    <message>
        <source>Either the certificate expired, or this computer&apos;s clock is wrong (it shows %1).</source>
        <translation>O bien el certificado ha caducado, o bien el reloj de este equipo es incorrecto (muestra %1).</translation>
    </message>
    <message>
        <source>If the date and time of this computer are wrong, correct them; otherwise the site owner must renew the certificate.</source>
        <translation>Si la fecha y la hora de este equipo son incorrectas, corríjalas; de lo contrario, el responsable del sitio debe renovar el certificado.</translation>
    </message>
    <message>
        <source>The certificate of this server is for %1, not %2.</source>
        <translation>El certificado de este servidor es para %1, no para %2.</translation>
    </message>
    <message>
        <source>A typo in the address, the wrong pod, an IP address instead of a name, or a proxy answering in Insightly&apos;s place.</source>
        <translation>Un error tipográfico en la dirección, el pod equivocado, una dirección IP en lugar de un nombre o un proxy que responde en lugar de Insightly.</translation>
    </message>
    <message>
        <source>Check the Tenant URL for typos (for example na1 instead of eu1). %1</source>
        <translation>Compruebe que la URL del inquilino no tenga errores tipográficos (por ejemplo, na1 en lugar de eu1). %1</translation>
    </message>
    <message>
        <source>The wizard could not confirm it is really talking to %1: its certificate was issued by %2, which this computer does not trust.</source>
        <translation>El asistente no pudo confirmar que realmente se comunica con %1: su certificado lo emitió %2, en quien este equipo no confía.</translation>
    </message>
    <message>
        <source>A self-signed or private certificate, a server missing part of its certificate chain, or a company proxy that inspects HTTPS traffic. Microsoft&apos;s provisioning service requires a publicly trusted certificate too.</source>
        <translation>Un certificado autofirmado o privado, un servidor al que le falta parte de su cadena de certificados o un proxy de empresa que inspecciona el tráfico HTTPS. El servicio de aprovisionamiento de Microsoft también exige un certificado de confianza pública.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1 or to install their root certificate. Otherwise contact the owner of the server.</source>
        <translation>Si su empresa inspecciona el tráfico HTTPS, pida al departamento de TI que excluya %1 o que instale su certificado raíz. De lo contrario, póngase en contacto con el responsable del servidor.</translation>
    </message>
    <message>
        <source>A secure connection could not be negotiated with %1.</source>
        <translation>No se pudo negociar una conexión segura con %1.</translation>
    </message>
    <message>
        <source>The server may only support old TLS versions; Microsoft requires TLS 1.2 or newer.</source>
        <translation>Es posible que el servidor solo admita versiones antiguas de TLS; Microsoft exige TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, contact the service owner.</source>
        <translation>Compruebe la dirección; si es correcta, póngase en contacto con el responsable del servicio.</translation>
    </message>
    <message>
        <source>That address answered, but not like a SCIM service.</source>
        <translation>Esa dirección respondió, pero no como un servicio SCIM.</translation>
    </message>
    <message>
        <source>It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a sign-in page), the REST API, or a proxy&apos;s page rather than the SCIM endpoint.</source>
        <translation>Envió %1 en lugar de JSON de SCIM: probablemente la dirección es una página web de Insightly (una página de inicio de sesión), la API REST o una página de un proxy, y no el punto de conexión SCIM.</translation>
    </message>
    <message>
        <source>an answer without a content type</source>
        <translation>una respuesta sin tipo de contenido</translation>
    </message>
    <message numerus="yes">
        <source>The lookup of a user that cannot exist returned %n user(s).</source>
        <translation>
            <numerusform>La búsqueda de un usuario que no puede existir devolvió %n usuario.</numerusform>
            <numerusform>La búsqueda de un usuario que no puede existir devolvió %n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint ignores the userName filter Entra uses to match users, so Entra would match the wrong people.</source>
        <translation>El punto de conexión ignora el filtro userName que Entra usa para emparejar usuarios, por lo que Entra emparejaría a las personas equivocadas.</translation>
    </message>
    <message>
        <source>Check that the Tenant URL is Insightly&apos;s SCIM endpoint; if it is, contact Insightly support.</source>
        <translation>Compruebe que la URL del inquilino sea el punto de conexión SCIM de Insightly; si lo es, póngase en contacto con el soporte de Insightly.</translation>
    </message>
    <message>
        <source>Insightly rejected the Secret Token (HTTP 401).</source>
        <translation>Insightly rechazó el token secreto (HTTP 401).</translation>
    </message>
    <message>
        <source>The token was mistyped, or it was regenerated in Insightly, which cancels the previous one.</source>
        <translation>El token se escribió mal o se regeneró en Insightly, lo que anula el anterior.</translation>
    </message>
    <message>
        <source>Copy the current token from Insightly&apos;s SAML and SCIM settings (System Settings, Security, SAML and SCIM) and paste it again, without spaces.</source>
        <translation>Copie el token actual de la configuración de SAML y SCIM de Insightly («System Settings», «Security», «SAML and SCIM») y vuelva a pegarlo, sin espacios.</translation>
    </message>
    <message>
        <source>Insightly refused the Secret Token (HTTP 403).</source>
        <translation>Insightly denegó el token secreto (HTTP 403).</translation>
    </message>
    <message>
        <source>The token may have been regenerated in Insightly, or SCIM provisioning is not switched on (it needs the Enterprise plan and SAML single sign-on).</source>
        <translation>Es posible que el token se haya regenerado en Insightly o que el aprovisionamiento SCIM no esté activado (requiere el plan Enterprise y el inicio de sesión único SAML).</translation>
    </message>
    <message>
        <source>In Insightly&apos;s SAML and SCIM settings, check that Enable SCIM Provisioning is ticked, then copy the current token from there and paste it again.</source>
        <translation>En la configuración de SAML y SCIM de Insightly, compruebe que «Enable SCIM Provisioning» esté marcado; después, copie de allí el token actual y vuelva a pegarlo.</translation>
    </message>
    <message>
        <source>Nothing was found at that address (HTTP %1).</source>
        <translation>No se encontró nada en esa dirección (HTTP %1).</translation>
    </message>
    <message>
        <source>The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows.</source>
        <translation>La ruta es incorrecta: falta o sobra un segmento, el pod es incorrecto o SCIM no está habilitado. Compruebe que la URL del inquilino sea el punto de conexión SCIM que muestra Insightly.</translation>
    </message>
    <message>
        <source>The address redirects to %1 instead of answering.</source>
        <translation>La dirección redirige a %1 en lugar de responder.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or from http to https. The wizard does not follow it, so the token is not sent elsewhere.</source>
        <translation>Un punto de conexión SCIM responde directamente; una redirección suele llevar a una página de inicio de sesión o de http a https. El asistente no la sigue, para que el token no se envíe a otro sitio.</translation>
    </message>
    <message>
        <source>The endpoint refused the standard user lookup Entra makes (invalid filter).</source>
        <translation>El punto de conexión rechazó la búsqueda de usuarios estándar que hace Entra (filtro no válido).</translation>
    </message>
    <message>
        <source>It does not accept userName eq &quot;…&quot; filters, so it is not a SCIM service Entra can use, or not the SCIM endpoint at all.</source>
        <translation>No acepta filtros userName eq &quot;…&quot;, por lo que no es un servicio SCIM que Entra pueda usar, o no es en absoluto el punto de conexión SCIM.</translation>
    </message>
    <message>
        <source>Check the Tenant URL; if it is correct, contact Insightly support.</source>
        <translation>Compruebe la URL del inquilino; si es correcta, póngase en contacto con el soporte de Insightly.</translation>
    </message>
    <message>
        <source>Insightly is limiting requests (HTTP 429).</source>
        <translation>Insightly está limitando las solicitudes (HTTP 429).</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation>Se enviaron demasiadas solicitudes en poco tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and test again.</source>
        <translation>
            <numerusform>Espere %n segundo y vuelva a probar.</numerusform>
            <numerusform>Espere %n segundos y vuelva a probar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and test again.</source>
        <translation>Espere un minuto y vuelva a probar.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service had a problem (HTTP %1).</source>
        <translation>El servicio SCIM de Insightly tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side or in a proxy in front of it.</source>
        <translation>Un error por parte de Insightly o en un proxy situado delante.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check Insightly&apos;s status page or contact their support.</source>
        <translation>Vuelva a intentarlo en unos minutos; si el problema persiste, consulte la página de estado de Insightly o póngase en contacto con su soporte.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>El punto de conexión respondió HTTP %1.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers this request with HTTP 200.</source>
        <translation>Un punto de conexión SCIM responde a esta solicitud con HTTP 200.</translation>
    </message>
    <message>
        <source>no certificate received</source>
        <translation>no se recibió ningún certificado</translation>
    </message>
    <message numerus="yes">
        <source>certificate for %1, issued by %2, valid until %3 (%n day(s) left)</source>
        <translation>
            <numerusform>certificado para %1, emitido por %2, válido hasta %3 (queda %n día)</numerusform>
            <numerusform>certificado para %1, emitido por %2, válido hasta %3 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 ms</source>
        <translation>HTTP %1, %2, %3 ms</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>Cause: </source>
        <translation>Causa: </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Solución: </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Código: </translation>
    </message>
    <message>
        <source>from INSIGHTLY_SCIM_TOKEN</source>
        <translation>de INSIGHTLY_SCIM_TOKEN</translation>
    </message>
    <message>
        <source>from standard input</source>
        <translation>de la entrada estándar</translation>
    </message>
    <message>
        <source>Tenant URL refused:</source>
        <translation>URL del inquilino rechazada:</translation>
    </message>
    <message>
        <source>Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…</source>
        <translation>Leyendo el token SCIM de la entrada estándar (o defina INSIGHTLY_SCIM_TOKEN)…</translation>
    </message>
    <message>
        <source>Secret Token refused (%1):</source>
        <translation>Token secreto rechazado (%1):</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
    <message>
        <source>Probing %1 with the token %2 (%3)</source>
        <translation>Probando %1 con el token %2 (%3)</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones se superaron.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Algunas comprobaciones fallaron.</translation>
    </message>
</context>
<context>
    <name>FederationMetadata</name>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates), or use &quot;Certificate (Base64)&quot; instead.</source>
        <translation>Vuelva a descargar el «XML de metadatos de federación» desde la aplicación Insightly SAML en Entra («Inicio de sesión único», «Certificados SAML») o use en su lugar el «Certificado (Base64)».</translation>
    </message>
    <message>
        <source>The metadata file is empty.</source>
        <translation>El archivo de metadatos está vacío.</translation>
    </message>
    <message>
        <source>It contains no XML.</source>
        <translation>No contiene XML.</translation>
    </message>
    <message>
        <source>This file is not Entra federation metadata.</source>
        <translation>Este archivo no contiene metadatos de federación de Entra.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does.</source>
        <translation>Declara un tipo de documento (DTD), algo que los metadatos nunca hacen.</translation>
    </message>
    <message>
        <source>It is a web page (HTML), perhaps a sign-in page saved instead of the download.</source>
        <translation>Es una página web (HTML), quizá una página de inicio de sesión guardada en lugar de la descarga.</translation>
    </message>
    <message>
        <source>Its top element is &lt;%1&gt;, not &lt;EntityDescriptor&gt;.</source>
        <translation>Su elemento raíz es &lt;%1&gt;, no &lt;EntityDescriptor&gt;.</translation>
    </message>
    <message>
        <source>A certificate in the metadata cannot be read.</source>
        <translation>No se puede leer un certificado de los metadatos.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>The metadata file is damaged.</source>
        <translation>El archivo de metadatos está dañado.</translation>
    </message>
    <message>
        <source>It is not well-formed XML (%1); it may have been cut off or edited.</source>
        <translation>No es XML bien formado (%1); puede que se haya cortado o editado.</translation>
    </message>
    <message>
        <source>The metadata holds no SAML signing certificate.</source>
        <translation>Los metadatos no contienen ningún certificado de firma SAML.</translation>
    </message>
    <message>
        <source>It has no &lt;KeyDescriptor use=&quot;signing&quot;&gt; under &lt;IDPSSODescriptor&gt;.</source>
        <translation>No tienen ningún &lt;KeyDescriptor use=&quot;signing&quot;&gt; dentro de &lt;IDPSSODescriptor&gt;.</translation>
    </message>
</context>
<context>
    <name>InsightlyUrls</name>
    <message>
        <source>The Sign-in page URL is empty.</source>
        <translation>La «Sign-in page URL» está vacía.</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL to configure single sign-on.</source>
        <translation>El asistente necesita la «Sign-in page URL» de Insightly para configurar el inicio de sesión único.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the URL.</source>
        <translation>Se quitaron los espacios, saltos de línea o comillas alrededor de la URL.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Se cuelan al copiar desde correos o documentos; una URL nunca los contiene.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>No hay nada que hacer; compruebe que la URL de abajo sea la que muestra Insightly.</translation>
    </message>
    <message>
        <source>Added https:// in front of the address.</source>
        <translation>Se agregó https:// delante de la dirección.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>El texto pegado empezaba por el nombre de host.</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Eso no es una dirección web.</translation>
    </message>
    <message>
        <source>A Sign-in page URL starts with https:// followed by crm.&lt;pod&gt;.insightly.com.</source>
        <translation>Una «Sign-in page URL» empieza por https:// seguido de crm.&lt;pod&gt;.insightly.com.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s SCIM endpoint, not the Sign-in page URL.</source>
        <translation>Ese es el punto de conexión SCIM de Insightly, no la «Sign-in page URL».</translation>
    </message>
    <message>
        <source>The SCIM endpoint is for provisioning (Tenant URL), a later step.</source>
        <translation>El punto de conexión SCIM es para el aprovisionamiento (URL del inquilino), un paso posterior.</translation>
    </message>
    <message>
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation>La dirección %1 apunta a este equipo, no a Insightly.</translation>
    </message>
    <message>
        <source>Only the demo mode uses a local address.</source>
        <translation>Solo el modo de demostración usa una dirección local.</translation>
    </message>
    <message>
        <source>That is the SAML settings page; copy the Sign-in page URL shown on it.</source>
        <translation>Esa es la página de configuración de SAML; copie la «Sign-in page URL» que aparece en ella.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>La dirección de la propia página de configuración no es el valor que necesita Entra.</translation>
    </message>
    <message>
        <source>That is an Insightly page (%1), but not the Sign-in page URL.</source>
        <translation>Esa es una página de Insightly (%1), pero no la «Sign-in page URL».</translation>
    </message>
    <message>
        <source>The Sign-in page URL ends in /user/saml?instanceId=…</source>
        <translation>La «Sign-in page URL» termina en /user/saml?instanceId=…</translation>
    </message>
    <message>
        <source>The Sign-in page URL must start with https://, not http://.</source>
        <translation>La «Sign-in page URL» debe empezar por https://, no por http://.</translation>
    </message>
    <message>
        <source>Entra posts the sign-in to this address; it has to be encrypted.</source>
        <translation>Entra envía el inicio de sesión a esta dirección; debe estar cifrada.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Use %1, exactamente como lo muestra Insightly.</translation>
    </message>
    <message>
        <source>The Sign-in page URL is missing its instanceId.</source>
        <translation>A la «Sign-in page URL» le falta el instanceId.</translation>
    </message>
    <message>
        <source>Insightly tells its instances apart by the ?instanceId=… part at the end; the copied text stops before it.</source>
        <translation>Insightly distingue sus instancias por la parte ?instanceId=… del final; el texto copiado termina antes.</translation>
    </message>
    <message>
        <source>The Insightly pod &quot;%1&quot; is not one the wizard knows (na1, eu1, au1).</source>
        <translation>El asistente no conoce el pod de Insightly «%1» (na1, eu1, au1).</translation>
    </message>
    <message>
        <source>Insightly may run more pods than it documents.</source>
        <translation>Es posible que Insightly tenga más pods de los que documenta.</translation>
    </message>
    <message>
        <source>Check that the address is exactly the one Insightly shows; if it is, go on.</source>
        <translation>Compruebe que la dirección sea exactamente la que muestra Insightly; si lo es, continúe.</translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>Llavero del sistema (Secret Service)</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be read from %1.</source>
        <translation>No se pudo leer una credencial guardada (%1).</translation>
    </message>
    <message>
        <source>A credential couldn&apos;t be saved in %1.</source>
        <translation>No se pudo guardar una credencial (%1).</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be removed from %1.</source>
        <translation>No se pudo quitar una credencial guardada (%1).</translation>
    </message>
    <message>
        <source>Credential Manager (Control Panel)</source>
        <translation>Administrador de credenciales (Panel de control)</translation>
    </message>
    <message>
        <source>Keychain Access</source>
        <translation>Acceso a Llaveros</translation>
    </message>
    <message>
        <source>Passwords and Keys (Seahorse) or KWallet Manager</source>
        <translation>Contraseñas y claves (Seahorse) o el gestor de KWallet</translation>
    </message>
    <message>
        <source>No secure password store (Secret Service) is running on this desktop.</source>
        <translation>No hay ningún almacén de contraseñas seguro (Secret Service) en ejecución en este escritorio.</translation>
    </message>
    <message>
        <source>Install and start one — GNOME Keyring (gnome-keyring), KWallet, or KeePassXC with Secret Service enabled — and unlock it; then log out and back in and retry. Without it the wizard can&apos;t remember your sign-in or the SCIM token, and it never stores them unprotected.</source>
        <translation>Instale e inicie uno —GNOME Keyring (gnome-keyring), KWallet o KeePassXC con Secret Service habilitado— y desbloquéelo; después cierre la sesión, vuelva a iniciarla y reintente. Sin él, el asistente no puede recordar su inicio de sesión ni el token SCIM, y nunca los almacena sin protección.</translation>
    </message>
    <message>
        <source>This session has no desktop message bus (D-Bus), so the password store can&apos;t be reached.</source>
        <translation>Esta sesión no tiene bus de mensajes de escritorio (D-Bus), por lo que no se puede acceder al almacén de contraseñas.</translation>
    </message>
    <message>
        <source>Run the wizard inside a normal desktop session (or start one with dbus-run-session), with GNOME Keyring or KWallet unlocked, and retry.</source>
        <translation>Ejecute el asistente en una sesión de escritorio normal (o inicie una con dbus-run-session), con GNOME Keyring o KWallet desbloqueado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The macOS keychain is locked and can&apos;t ask for your password in this session.</source>
        <translation>El llavero de macOS está bloqueado y no puede pedir su contraseña en esta sesión.</translation>
    </message>
    <message>
        <source>Unlock it (log in at the console, or run `security unlock-keychain ~/Library/Keychains/login.keychain-db`) and retry.</source>
        <translation>Desbloquéelo (inicie sesión en la consola o ejecute `security unlock-keychain ~/Library/Keychains/login.keychain-db`) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keychain password was rejected.</source>
        <translation>Se rechazó la contraseña del llavero.</translation>
    </message>
    <message>
        <source>If your Mac password was reset, update or reset the login keychain password in Keychain Access, then retry.</source>
        <translation>Si se restableció la contraseña de su Mac, actualice o restablezca la contraseña del llavero de inicio de sesión en Acceso a Llaveros y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>macOS reports no usable keychain.</source>
        <translation>macOS no indica ningún llavero utilizable.</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, repair or reset the keychain in Keychain Access.</source>
        <translation>Reinicie el equipo; si el problema persiste, repare o restablezca el llavero en Acceso a Llaveros.</translation>
    </message>
    <message>
        <source>Windows denied access to Credential Manager.</source>
        <translation>Windows denegó el acceso al Administrador de credenciales.</translation>
    </message>
    <message>
        <source>Run the wizard as the signed-in user in a normal desktop session (not as a service or through remote tools) and retry.</source>
        <translation>Ejecute el asistente como el usuario que ha iniciado sesión en una sesión de escritorio normal (no como servicio ni mediante herramientas remotas) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your system keyring is locked, and the prompt to unlock it was dismissed or couldn&apos;t be shown.</source>
        <translation>El llavero del sistema está bloqueado y la solicitud para desbloquearlo se descartó o no se pudo mostrar.</translation>
    </message>
    <message>
        <source>Unlock the &apos;Login&apos; keyring (Passwords and Keys, or KWallet) and retry. Setting the keyring password equal to your login password lets it unlock automatically.</source>
        <translation>Desbloquee el llavero «Login» (Contraseñas y claves, o KWallet) y vuelva a intentarlo. Si la contraseña del llavero es igual a la de inicio de sesión, se desbloquea automáticamente.</translation>
    </message>
    <message>
        <source>The credential is larger than Windows Credential Manager accepts.</source>
        <translation>La credencial es más grande de lo que acepta el Administrador de credenciales de Windows.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard stores it in smaller pieces. If it keeps failing, send the diagnostics to support.</source>
        <translation>Vuelva a iniciar sesión; el asistente la guarda en partes más pequeñas. Si sigue fallando, envíe los diagnósticos al soporte.</translation>
    </message>
    <message>
        <source>The saved credential can&apos;t be read on this Windows account any more.</source>
        <translation>La credencial guardada ya no se puede leer en esta cuenta de Windows.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will replace it.</source>
        <translation>Vuelva a iniciar sesión; el asistente la reemplazará.</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused to save it (%1).</source>
        <translation>El Administrador de credenciales de Windows se negó a guardarla (%1).</translation>
    </message>
    <message>
        <source>Run the wizard in a normal desktop session (not as a service or through remote tools); clearing old entries in Credential Manager may help.</source>
        <translation>Ejecute el asistente en una sesión de escritorio normal (no como servicio ni mediante herramientas remotas); eliminar entradas antiguas del Administrador de credenciales puede ayudar.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists in the keychain.</source>
        <translation>Ya existe una entrada con el mismo nombre en el llavero.</translation>
    </message>
    <message>
        <source>Delete the existing &apos;Insightly SSO Setup&apos; entries in Keychain Access and retry.</source>
        <translation>Elimine las entradas «Insightly SSO Setup» existentes en Acceso a Llaveros y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The password store reported an unknown error.</source>
        <translation>El almacén de contraseñas informó de un error desconocido.</translation>
    </message>
    <message>
        <source>The password store reported: %1</source>
        <translation>El almacén de contraseñas informó: %1</translation>
    </message>
    <message>
        <source>Retry. If it keeps failing you can continue, but you&apos;ll need to sign in again next time; send the diagnostics to support.</source>
        <translation>Vuelva a intentarlo. Si sigue fallando, puede continuar, pero tendrá que volver a iniciar sesión la próxima vez; envíe los diagnósticos al soporte.</translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation>No hay nada guardado con este nombre.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will save it anew.</source>
        <translation>Vuelva a iniciar sesión; el asistente la guardará de nuevo.</translation>
    </message>
    <message>
        <source>The password store refused to delete the entry.</source>
        <translation>El almacén de contraseñas se negó a eliminar la entrada.</translation>
    </message>
    <message>
        <source>Remove the &apos;Insightly SSO Setup&apos; entries manually in %1.</source>
        <translation>Quite manualmente las entradas «Insightly SSO Setup» mediante %1.</translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation>Se denegó el acceso (%1).</translation>
    </message>
    <message>
        <source>Retry and choose Always Allow when macOS asks, or sign in each time.</source>
        <translation>Vuelva a intentarlo y elija «Permitir siempre» cuando macOS lo pregunte, o inicie sesión cada vez.</translation>
    </message>
    <message>
        <source>Retry and allow access when asked, or sign in each time.</source>
        <translation>Vuelva a intentarlo y permita el acceso cuando se le pida, o inicie sesión cada vez.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available.</source>
        <translation>No disponible: %1.</translation>
    </message>
    <message>
        <source>Restart the computer and retry.</source>
        <translation>Reinicie el equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Secure storage isn&apos;t supported on this system.</source>
        <translation>El almacenamiento seguro no es compatible con este sistema.</translation>
    </message>
    <message>
        <source>You can continue, but you&apos;ll need to sign in each time.</source>
        <translation>Puede continuar, pero tendrá que iniciar sesión cada vez.</translation>
    </message>
    <message>
        <source>%1 didn&apos;t answer within %2 seconds. It may be locked and waiting for a password prompt that isn&apos;t visible.</source>
        <translation>Sin respuesta en %2 segundos (%1). Puede que el almacén esté bloqueado y esperando una solicitud de contraseña que no está visible.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet), answer any prompt it shows, and retry.</source>
        <translation>Desbloquee el llavero (Contraseñas y claves, o KWallet), responda a cualquier solicitud que muestre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Answer any keychain prompt that is waiting (it may be behind other windows), unlock the keychain, and retry.</source>
        <translation>Responda a cualquier solicitud del llavero que esté esperando (puede estar detrás de otras ventanas), desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>A saved credential is damaged.</source>
        <translation>Una credencial guardada está dañada.</translation>
    </message>
    <message>
        <source>Its stored pieces don&apos;t fit together; saving it was probably interrupted.</source>
        <translation>Sus partes guardadas no encajan; probablemente se interrumpió al guardarla.</translation>
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
        <translation>Puede cerrar esta pestaña y volver a Insightly SSO Setup.</translation>
    </message>
</context>
<context>
    <name>SamlResponseCheck</name>
    <message>
        <source>The captured value is not a SAML response.</source>
        <translation>El valor capturado no es una respuesta SAML.</translation>
    </message>
    <message>
        <source>It is not Base64 text, so it cannot be decoded.</source>
        <translation>No es texto Base64, por lo que no se puede descodificar.</translation>
    </message>
    <message>
        <source>It is XML, but not a SAML protocol Response.</source>
        <translation>Es XML, pero no una respuesta (Response) del protocolo SAML.</translation>
    </message>
    <message>
        <source>The SAML response is damaged.</source>
        <translation>La respuesta SAML está dañada.</translation>
    </message>
    <message>
        <source>It decodes, but is not well-formed XML: it was cut off or altered.</source>
        <translation>Se descodifica, pero no es XML bien formado: se cortó o se modificó.</translation>
    </message>
    <message>
        <source>Destination (Reply URL)</source>
        <translation>Destino (URL de respuesta)</translation>
    </message>
    <message>
        <source>Readable assertion</source>
        <translation>Aserción legible</translation>
    </message>
    <message>
        <source>encrypted assertion</source>
        <translation>aserción cifrada</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(no presente)</translation>
    </message>
    <message>
        <source>an unencrypted assertion</source>
        <translation>una aserción sin cifrar</translation>
    </message>
    <message>
        <source>The SAML assertion is encrypted.</source>
        <translation>La aserción SAML está cifrada.</translation>
    </message>
    <message>
        <source>Token encryption is turned on for the app in Entra; Insightly expects a signed, unencrypted assertion.</source>
        <translation>El cifrado de token está activado para la aplicación en Entra; Insightly espera una aserción firmada y sin cifrar.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Token encryption: deactivate the encryption certificate, then sign in again.</source>
        <translation>En Entra, «Inicio de sesión único», «Cifrado de token»: desactive el certificado de cifrado y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The SAML response carries no assertion.</source>
        <translation>La respuesta SAML no contiene ninguna aserción.</translation>
    </message>
    <message>
        <source>Entra reported success but sent no user information.</source>
        <translation>Entra informó de un resultado correcto, pero no envió información del usuario.</translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation>Vuelva a iniciar sesión a través de «Mis aplicaciones».</translation>
    </message>
    <message>
        <source>Recipient (Reply URL)</source>
        <translation>Destinatario (URL de respuesta)</translation>
    </message>
</context>
<context>
    <name>ScimInputs</name>
    <message>
        <source>The Tenant URL is empty.</source>
        <translation>La URL del inquilino está vacía.</translation>
    </message>
    <message>
        <source>Entra needs Insightly&apos;s SCIM endpoint to provision users.</source>
        <translation>Entra necesita el punto de conexión SCIM de Insightly para aprovisionar usuarios.</translation>
    </message>
    <message>
        <source>The Tenant URL field holds what looks like the Secret Token.</source>
        <translation>El campo «URL del inquilino» contiene lo que parece ser el token secreto.</translation>
    </message>
    <message>
        <source>The Tenant URL is a web address starting with https://; the long code below it in Insightly is the token.</source>
        <translation>La URL del inquilino es una dirección web que empieza por https://; el código largo que aparece debajo en Insightly es el token.</translation>
    </message>
    <message>
        <source>Paste the token into Secret Token instead. %1</source>
        <translation>Pegue el token en «Token secreto». %1</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Tenant URL.</source>
        <translation>Se quitaron los espacios, saltos de línea o comillas alrededor de la URL del inquilino.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Se cuelan al copiar desde correos o documentos; una URL nunca los contiene.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>No hay nada que hacer; compruebe que la URL de abajo sea la que muestra Insightly.</translation>
    </message>
    <message>
        <source>Added %1 in front of the address.</source>
        <translation>Se agregó %1 delante de la dirección.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>El texto pegado empezaba por el nombre de host.</translation>
    </message>
    <message>
        <source>The Tenant URL is not a web address.</source>
        <translation>La URL del inquilino no es una dirección web.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint is an address starting with https://.</source>
        <translation>El punto de conexión SCIM de Insightly es una dirección que empieza por https://.</translation>
    </message>
    <message>
        <source>The Tenant URL contains a user name or password before the host.</source>
        <translation>La URL del inquilino contiene un nombre de usuario o una contraseña antes del host.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token separately; credentials in the address would be visible to anyone who sees the configuration.</source>
        <translation>Entra envía el token secreto por separado; las credenciales incluidas en la dirección serían visibles para cualquiera que vea la configuración.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s Sign-in page URL (for single sign-on), not the SCIM endpoint.</source>
        <translation>Esa es la «Sign-in page URL» de Insightly (para el inicio de sesión único), no el punto de conexión SCIM.</translation>
    </message>
    <message>
        <source>Both are on the same settings page; the SCIM endpoint appears below Enable SCIM Provisioning.</source>
        <translation>Ambas están en la misma página de configuración; el punto de conexión SCIM aparece debajo de «Enable SCIM Provisioning».</translation>
    </message>
    <message>
        <source>That is the SAML and SCIM settings page; copy the SCIM endpoint shown on it.</source>
        <translation>Esa es la página de configuración de SAML y SCIM; copie el punto de conexión SCIM que aparece en ella.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>La dirección de la propia página de configuración no es el valor que necesita Entra.</translation>
    </message>
    <message>
        <source>The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.</source>
        <translation>La URL del inquilino termina con un recurso SCIM (%1); Entra agrega esa parte por sí mismo.</translation>
    </message>
    <message>
        <source>Entra appends /Users, /Groups and the other resources to the Tenant URL, so they would appear twice.</source>
        <translation>Entra agrega /Users, /Groups y los demás recursos a la URL del inquilino, por lo que aparecerían dos veces.</translation>
    </message>
    <message>
        <source>Use %1, the SCIM endpoint exactly as Insightly shows it.</source>
        <translation>Use %1, el punto de conexión SCIM exactamente como lo muestra Insightly.</translation>
    </message>
    <message>
        <source>The address %1 points to this computer, not to Insightly.</source>
        <translation>La dirección %1 apunta a este equipo, no a Insightly.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service connects from its own network; only the demo mode uses a local address.</source>
        <translation>El servicio de aprovisionamiento de Microsoft se conecta desde su propia red; solo el modo de demostración usa una dirección local.</translation>
    </message>
    <message>
        <source>The Tenant URL must start with https://, not http://.</source>
        <translation>La URL del inquilino debe empezar por https://, no por http://.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token with every request; Microsoft requires an encrypted connection.</source>
        <translation>Entra envía el token secreto con cada solicitud; Microsoft exige una conexión cifrada.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Use %1, exactamente como lo muestra Insightly.</translation>
    </message>
    <message>
        <source>The Secret Token is empty.</source>
        <translation>El token secreto está vacío.</translation>
    </message>
    <message>
        <source>Insightly only accepts provisioning requests that carry its SCIM token.</source>
        <translation>Insightly solo acepta solicitudes de aprovisionamiento que incluyan su token SCIM.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Secret Token.</source>
        <translation>Se quitaron los espacios, saltos de línea o comillas alrededor del token secreto.</translation>
    </message>
    <message>
        <source>They come along when copying; they are not part of the token.</source>
        <translation>Se cuelan al copiar; no forman parte del token.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>Removed &quot;Bearer&quot; in front of the Secret Token.</source>
        <translation>Se quitó «Bearer» delante del token secreto.</translation>
    </message>
    <message>
        <source>Entra adds the word Bearer itself when it sends the token.</source>
        <translation>Entra agrega la palabra Bearer por sí mismo al enviar el token.</translation>
    </message>
    <message>
        <source>Only the word Bearer was pasted, without the token.</source>
        <translation>Solo se pegó la palabra Bearer, sin el token.</translation>
    </message>
    <message>
        <source>The Secret Token field holds a web address.</source>
        <translation>El campo «Token secreto» contiene una dirección web.</translation>
    </message>
    <message>
        <source>The web address is the Tenant URL; the token is the long code shown with it in Insightly.</source>
        <translation>La dirección web es la URL del inquilino; el token es el código largo que aparece junto a ella en Insightly.</translation>
    </message>
    <message>
        <source>Paste the address into Tenant URL instead. %1</source>
        <translation>Pegue la dirección en «URL del inquilino». %1</translation>
    </message>
    <message>
        <source>The Secret Token contains spaces or line breaks.</source>
        <translation>El token secreto contiene espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>A token never contains them; mail and chat programs break long codes into lines, or two values were pasted together.</source>
        <translation>Un token nunca los contiene; los programas de correo y chat dividen los códigos largos en líneas, o se pegaron dos valores juntos.</translation>
    </message>
    <message>
        <source>Copy the token again in one piece, or check that the token without the spaces (ending in %1) is the one Insightly shows.</source>
        <translation>Vuelva a copiar el token de una sola vez, o compruebe que el token sin los espacios (que termina en %1) sea el que muestra Insightly.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A credential has no valid name.</source>
        <translation>Una credencial no tiene un nombre válido.</translation>
    </message>
    <message>
        <source>A stored secret needs a tenant and a purpose.</source>
        <translation>Un secreto guardado necesita un inquilino y una finalidad.</translation>
    </message>
    <message>
        <source>Send the diagnostics to support.</source>
        <translation>Envíe los diagnósticos al soporte.</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>This sign-in was not started by the wizard.</source>
        <translation>Este inicio de sesión no lo inició el asistente.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Vuelva a iniciar el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, SAML Certificates, and download &quot;Certificate (Base64)&quot;; then choose that file.</source>
        <translation>En Entra, abra la aplicación Insightly SAML y, después, «Inicio de sesión único», «Certificados SAML», y descargue el «Certificado (Base64)»; a continuación, elija ese archivo.</translation>
    </message>
    <message>
        <source>This file is not a certificate.</source>
        <translation>Este archivo no es un certificado.</translation>
    </message>
    <message>
        <source>It holds neither a PEM certificate (-----BEGIN CERTIFICATE-----), nor DER, nor Base64 certificate data.</source>
        <translation>No contiene ni un certificado PEM (-----BEGIN CERTIFICATE-----), ni datos de certificado DER o Base64.</translation>
    </message>
    <message>
        <source>This certificate is incomplete.</source>
        <translation>Este certificado está incompleto.</translation>
    </message>
    <message>
        <source>The data ends before the certificate does: it was cut off while copying or downloading.</source>
        <translation>Los datos terminan antes que el certificado: se cortó al copiarlo o descargarlo.</translation>
    </message>
    <message>
        <source>This is a .pfx (PKCS#12) file, not a certificate.</source>
        <translation>Este es un archivo .pfx (PKCS#12), no un certificado.</translation>
    </message>
    <message>
        <source>A .pfx file bundles the certificate with its private key; Insightly needs only the public certificate.</source>
        <translation>Un archivo .pfx agrupa el certificado con su clave privada; Insightly solo necesita el certificado público.</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate.</source>
        <translation>Esta es una clave privada, no un certificado.</translation>
    </message>
    <message>
        <source>The file holds a PRIVATE KEY block. Insightly needs the public certificate; a private key must never be uploaded or shared.</source>
        <translation>El archivo contiene un bloque PRIVATE KEY. Insightly necesita el certificado público; una clave privada nunca debe cargarse ni compartirse.</translation>
    </message>
    <message>
        <source>If this key is real, keep the file somewhere safe or delete it.</source>
        <translation>Si esta clave es real, guarde el archivo en un lugar seguro o elimínelo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>It contains no certificate.</source>
        <translation>No contiene ningún certificado.</translation>
    </message>
    <message>
        <source>This is Federation Metadata XML, not a certificate file.</source>
        <translation>Este es un XML de metadatos de federación, no un archivo de certificado.</translation>
    </message>
    <message>
        <source>The metadata carries the signing certificate inside it.</source>
        <translation>Los metadatos llevan el certificado de firma dentro.</translation>
    </message>
    <message>
        <source>Load it as federation metadata instead, or download &quot;Certificate (Base64)&quot; from Entra.</source>
        <translation>Cárguelo como metadatos de federación o descargue el «Certificado (Base64)» desde Entra.</translation>
    </message>
</context>
<context>
    <name>insightly</name>
    <message>
        <source>Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step.</source>
        <translation>Conecta Insightly con Microsoft Entra ID: inicio de sesión único SAML y aprovisionamiento de usuarios SCIM, paso a paso.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes).</source>
        <translation>Ejecutar contra un inquilino y una instancia de Insightly simulados integrados (sin cambios reales).</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant: a domain or a tenant ID.</source>
        <translation>Inquilino de Microsoft Entra: un dominio o un id. de inquilino.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>inquilino</translation>
    </message>
    <message>
        <source>Application (client) ID of your own app registration to sign in with.</source>
        <translation>Id. de aplicación (cliente) de su propio registro de aplicación con el que iniciar sesión.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov or china.</source>
        <translation>Nube de Microsoft: global, usgov o china.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>nube</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. en, de, fr, es, ja, pt_BR.</source>
        <translation>Idioma del asistente, p. ej., en, de, fr, es, ja, pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--cloud must be global, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud debe ser global, usgov o china, no «%1».</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e, not &quot;%1&quot;.</source>
        <translation>--client-id debe ser un id. de aplicación (cliente) como 14d82eec-204b-4c2f-b7e8-296a70dab67e, no «%1».</translation>
    </message>
    <message>
        <source>--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not &quot;%1&quot;.</source>
        <translation>--tenant debe ser un dominio como contoso.onmicrosoft.com o un id. de inquilino, no «%1».</translation>
    </message>
    <message>
        <source>--language takes a language code such as de or pt_BR, not &quot;%1&quot;.</source>
        <translation>--language requiere un código de idioma como de o pt_BR, no «%1».</translation>
    </message>
</context>
<context>
    <name>insightly::EmbeddedBrowser</name>
    <message>
        <source>Address of the page shown</source>
        <translation>Dirección de la página mostrada</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Progreso de carga de la página</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened: %2
Check the date and time of this computer, and whether a proxy or security software intercepts secure connections.</source>
        <translation>La conexión con %1 no es segura, por lo que no se abrió la página: %2
Compruebe la fecha y la hora de este equipo, y si un proxy o un software de seguridad intercepta las conexiones seguras.</translation>
    </message>
    <message>
        <source>Not secure — </source>
        <translation>No seguro — </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>No se pudo abrir la página %1: %2</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyRestClient</name>
    <message>
        <source>The API key belongs to %1, who is deactivated in Insightly.</source>
        <translation>La clave de API pertenece a %1, que está desactivado en Insightly.</translation>
    </message>
    <message>
        <source>A deactivated user&apos;s key cannot be used for the setup.</source>
        <translation>La clave de un usuario desactivado no se puede usar para la configuración.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an active administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Inicie sesión en Insightly como administrador activo y copie la clave de ese usuario desde «User Settings › API».</translation>
    </message>
    <message>
        <source>The API key belongs to %1, who is not an Insightly administrator.</source>
        <translation>La clave de API pertenece a %1, que no es administrador de Insightly.</translation>
    </message>
    <message>
        <source>Only administrators can set up SAML single sign-on and SCIM provisioning in Insightly.</source>
        <translation>Solo los administradores pueden configurar el inicio de sesión único SAML y el aprovisionamiento SCIM en Insightly.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Inicie sesión en Insightly como administrador y copie la clave de ese usuario desde «User Settings › API».</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Insightly refused the API key: copy it again from User Settings › API.</source>
        <translation>Insightly rechazó la clave de API: vuelva a copiarla desde «User Settings › API».</translation>
    </message>
    <message>
        <source>The key was mistyped, belongs to another Insightly instance or pod, or was reset.</source>
        <translation>La clave se escribió mal, pertenece a otra instancia o pod de Insightly, o se restableció.</translation>
    </message>
    <message>
        <source>In Insightly open User Settings › API, copy the API key, and paste it again.</source>
        <translation>En Insightly, abra «User Settings › API», copie la clave de API y vuelva a pegarla.</translation>
    </message>
    <message>
        <source>Insightly denied API access for this key.</source>
        <translation>Insightly denegó el acceso a la API para esta clave.</translation>
    </message>
    <message>
        <source>An administrator can switch API access off per user, and some plans have no API access.</source>
        <translation>Un administrador puede desactivar el acceso a la API por usuario, y algunos planes no tienen acceso a la API.</translation>
    </message>
    <message>
        <source>Ask an Insightly administrator to allow API access for your user, or use an administrator&apos;s key.</source>
        <translation>Pida a un administrador de Insightly que permita el acceso a la API para su usuario, o use la clave de un administrador.</translation>
    </message>
    <message>
        <source>Insightly limits how many API requests a plan may make.</source>
        <translation>Insightly limita cuántas solicitudes de API puede hacer un plan.</translation>
    </message>
    <message>
        <source>Limit: %1 requests; remaining: %2.</source>
        <translation>Límite: %1 solicitudes; restantes: %2.</translation>
    </message>
    <message>
        <source>Insightly is limiting API requests (HTTP 429).</source>
        <translation>Insightly está limitando las solicitudes de API (HTTP 429).</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a while (the daily limit resets at midnight UTC) and try again.</source>
        <translation>Espere un rato (el límite diario se restablece a medianoche UTC) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API had a problem (HTTP %1).</source>
        <translation>La API de Insightly tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side.</source>
        <translation>Un error por parte de Insightly.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, contact Insightly support.</source>
        <translation>Vuelva a intentarlo en unos minutos; si el problema persiste, póngase en contacto con el soporte de Insightly.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API did not answer within %1 s.</source>
        <translation>La API de Insightly no respondió en %1 s.</translation>
    </message>
    <message>
        <source>The service is slow or a proxy holds the connection.</source>
        <translation>El servicio es lento o un proxy retiene la conexión.</translation>
    </message>
    <message>
        <source>Check your network and try again.</source>
        <translation>Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The wizard could not establish a trusted connection to %1.</source>
        <translation>El asistente no pudo establecer una conexión de confianza con %1.</translation>
    </message>
    <message>
        <source>Its certificate is not trusted by this computer, or a proxy inspects HTTPS traffic.</source>
        <translation>Este equipo no confía en su certificado, o un proxy inspecciona el tráfico HTTPS.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1.</source>
        <translation>Si su empresa inspecciona el tráfico HTTPS, pida al departamento de TI que excluya %1.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1.</source>
        <translation>El asistente no pudo conectar con %1.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Error en la conexión (%1).</translation>
    </message>
    <message>
        <source>Check the pod of your Insightly instance, your network and proxy settings, then try again.</source>
        <translation>Compruebe el pod de su instancia de Insightly, la red y la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API answered HTTP %1.</source>
        <translation>La API de Insightly respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The API address may be wrong for this instance.</source>
        <translation>Es posible que la dirección de la API no sea la correcta para esta instancia.</translation>
    </message>
    <message>
        <source>Check the pod shown in Insightly&apos;s User Settings › API.</source>
        <translation>Compruebe el pod que aparece en «User Settings › API» de Insightly.</translation>
    </message>
    <message>
        <source>The address did not answer like Insightly&apos;s API.</source>
        <translation>La dirección no respondió como la API de Insightly.</translation>
    </message>
    <message>
        <source>The answer to Users/Me has no user in it.</source>
        <translation>La respuesta a Users/Me no contiene ningún usuario.</translation>
    </message>
    <message>
        <source>The list of users is not a JSON array.</source>
        <translation>La lista de usuarios no es una matriz JSON.</translation>
    </message>
    <message>
        <source>Insightly listed more than %1 users; the wizard stopped reading there.</source>
        <translation>Insightly enumeró más de %1 usuarios; el asistente dejó de leer ahí.</translation>
    </message>
    <message>
        <source>A safety limit against lists that never end.</source>
        <translation>Un límite de seguridad contra listas que nunca terminan.</translation>
    </message>
    <message>
        <source>Check the users in Insightly directly.</source>
        <translation>Compruebe los usuarios directamente en Insightly.</translation>
    </message>
</context>
<context>
    <name>insightly::MessagePanel</name>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnósticos</translation>
    </message>
    <message>
        <source>Copy diagnostics to the clipboard</source>
        <translation>Copiar los diagnósticos al portapapeles</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Request ID for support: %1</source>
        <translation>Id. de solicitud para el soporte: %1</translation>
    </message>
</context>
<context>
    <name>insightly::PreflightView</name>
    <message>
        <source>Tenant:</source>
        <translation>Inquilino:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Sesión iniciada como:</translation>
    </message>
    <message>
        <source>Roles and permissions checked before any change</source>
        <translation>Roles y permisos comprobados antes de cualquier cambio</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
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
        <translation>✓ Todo lo que necesita el asistente está listo. Todavía no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>✗ Something the wizard needs is missing. Nothing has been changed. Fix the rows marked ✗, then sign in again.</source>
        <translation>✗ Falta algo que necesita el asistente. No se ha cambiado nada. Corrija las filas marcadas con ✗ y vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimProbe</name>
    <message>
        <source>Skipped: the host name could not be resolved.</source>
        <translation>Omitido: no se pudo resolver el nombre de host.</translation>
    </message>
    <message>
        <source>Skipped: no connection to the server.</source>
        <translation>Omitido: no hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>Skipped: no trusted encrypted connection, so the token is not sent.</source>
        <translation>Omitido: no hay una conexión cifrada de confianza, por lo que no se envía el token.</translation>
    </message>
    <message>
        <source>Skipped: no answer to the previous request.</source>
        <translation>Omitido: no hubo respuesta a la solicitud anterior.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Resolución de nombres</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexión segura (TLS)</translation>
    </message>
    <message>
        <source>SCIM service configuration</source>
        <translation>Configuración del servicio SCIM</translation>
    </message>
    <message>
        <source>User lookup as Entra&apos;s Test Connection does it</source>
        <translation>Búsqueda de usuarios como la hace «Probar conexión» de Entra</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Skipped: the wizard has no network access.</source>
        <translation>Omitido: el asistente no tiene acceso a la red.</translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation>%1 es una dirección IP; no hace falta resolver el nombre.</translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation>Sin resultado en %1 ms.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Conectado a %1, puerto %2.</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: sin respuesta</translation>
    </message>
    <message>
        <source>Plain http on this computer (demo mode): there is no TLS to check.</source>
        <translation>http sin cifrar en este equipo (modo de demostración): no hay TLS que comprobar.</translation>
    </message>
    <message>
        <source>The address starts with http://.</source>
        <translation>La dirección empieza por http://.</translation>
    </message>
    <message>
        <source>No TLS handshake within %1 ms.</source>
        <translation>Sin protocolo de enlace TLS en %1 ms.</translation>
    </message>
    <message>
        <source>; filter %1, bulk %2</source>
        <translation>; filtro %1, bulk %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>admitido</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>no anunciado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>; %n user(s) found</source>
        <translation>
            <numerusform>; %n usuario encontrado</numerusform>
            <numerusform>; %n usuarios encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>; empty ListResponse, as Entra expects</source>
        <translation>; ListResponse vacía, como espera Entra</translation>
    </message>
    <message>
        <source> (Entra prefers the content type application/scim+json)</source>
        <translation> (Entra prefiere el tipo de contenido application/scim+json)</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStateStore</name>
    <message>
        <source>The saved setup for %1 couldn&apos;t be opened.</source>
        <translation>No se pudo abrir la configuración guardada para %1.</translation>
    </message>
    <message>
        <source>Check the permissions of %1, then restart the wizard. Until then, the wizard won&apos;t overwrite it.</source>
        <translation>Compruebe los permisos de %1 y reinicie el asistente. Hasta entonces, el asistente no la sobrescribirá.</translation>
    </message>
    <message>
        <source>It isn&apos;t valid JSON (%1 at byte %2).</source>
        <translation>No es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>It doesn&apos;t contain a setup.</source>
        <translation>No contiene ninguna configuración.</translation>
    </message>
    <message>
        <source>It has no valid format version.</source>
        <translation>No tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>It belongs to another tenant.</source>
        <translation>Pertenece a otro inquilino.</translation>
    </message>
    <message>
        <source>The saved setup for %1 was created by a newer version of Insightly SSO Setup.</source>
        <translation>La configuración guardada para %1 se creó con una versión más reciente de Insightly SSO Setup.</translation>
    </message>
    <message>
        <source>This version understands setup format %1; the file uses format %2.</source>
        <translation>Esta versión entiende el formato de configuración %1; el archivo usa el formato %2.</translation>
    </message>
    <message>
        <source>Update the app to the latest version, then open this setup again. The file was left untouched.</source>
        <translation>Actualice la aplicación a la última versión y vuelva a abrir esta configuración. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>The saved setup for %1 couldn&apos;t be read.</source>
        <translation>No se pudo leer la configuración guardada para %1.</translation>
    </message>
    <message>
        <source>The file is damaged. %1</source>
        <translation>El archivo está dañado. %1</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be moved aside, so the wizard won&apos;t overwrite it. Move or delete %1, then restart the wizard.</source>
        <translation>No se pudo apartar el archivo, por lo que el asistente no lo sobrescribirá. Mueva o elimine %1 y reinicie el asistente.</translation>
    </message>
    <message>
        <source>The wizard starts this setup afresh and checks what already exists in your tenant, so nothing is created twice. The damaged file was kept as %1.</source>
        <translation>El asistente empieza esta configuración de nuevo y comprueba lo que ya existe en su inquilino, para que nada se cree dos veces. El archivo dañado se conservó como %1.</translation>
    </message>
    <message>
        <source>The setup progress for %1 isn&apos;t being saved.</source>
        <translation>No se está guardando el progreso de la configuración para %1.</translation>
    </message>
    <message>
        <source>Its saved file was made by a newer version of the app, or couldn&apos;t be read.</source>
        <translation>Su archivo guardado lo creó una versión más reciente de la aplicación, o no se pudo leer.</translation>
    </message>
    <message>
        <source>Update the app, or move %1 away, then restart the wizard.</source>
        <translation>Actualice la aplicación o mueva %1 a otro lugar y reinicie el asistente.</translation>
    </message>
    <message>
        <source>A saved setup for this tenant exists and wasn&apos;t opened.</source>
        <translation>Existe una configuración guardada para este inquilino que no se abrió.</translation>
    </message>
    <message>
        <source>Restart the wizard to continue the saved setup.</source>
        <translation>Reinicie el asistente para continuar la configuración guardada.</translation>
    </message>
    <message>
        <source>The setup progress couldn&apos;t be saved.</source>
        <translation>No se pudo guardar el progreso de la configuración.</translation>
    </message>
    <message>
        <source>Check that the disk has free space and that %1 is writable. The wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>Compruebe que el disco tenga espacio libre y que se pueda escribir en %1. El asistente sigue funcionando, pero una ejecución posterior quizá no pueda reanudarse donde se detuvo esta.</translation>
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
        <translation>Su instancia de Insightly</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Copie la «Sign-in page URL» de Insightly en el asistente.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Insightly, abra &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie la &lt;b&gt;Sign-in page URL&lt;/b&gt;. Tiene el aspecto &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Péguela aquí. El asistente la usa como identificador (id. de entidad) y como URL de respuesta.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Reading and checking the Insightly Sign-in page URL is not built yet.</source>
        <translation>La lectura y comprobación de la «Sign-in page URL» de Insightly aún no está implementada.</translation>
    </message>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>Paso 1 — Agregar la aplicación Insightly SAML</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>La aplicación empresarial de la galería de Microsoft Entra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el Centro de administración de Microsoft Entra, esto es &lt;b&gt;Aplicaciones empresariales › Nueva aplicación&lt;/b&gt;: busque &lt;b&gt;Insightly SAML&lt;/b&gt; en la galería y agréguela.&lt;/p&gt;&lt;p&gt;El asistente busca primero una aplicación Insightly SAML existente y nunca crea una segunda.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Finding or adding the Insightly SAML application is not built yet.</source>
        <translation>La búsqueda o adición de la aplicación Insightly SAML aún no está implementada.</translation>
    </message>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>Paso 2 — Configurar el inicio de sesión único SAML</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>Identificador, URL de respuesta y certificado de firma; después, el certificado se lleva a Insightly.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings and save.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Método de inicio de sesión único: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identificador (id. de entidad)&lt;/b&gt; y &lt;b&gt;URL de respuesta&lt;/b&gt;: la «Sign-in page URL» de Insightly.&lt;/li&gt;&lt;li&gt;Descargue el &lt;b&gt;Certificado (Base64)&lt;/b&gt; (recomendado) o el &lt;b&gt;XML de metadatos de federación&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cárguelo en la configuración de SAML de Insightly y guarde.&lt;/li&gt;&lt;li&gt;Pruebe el inicio de sesión. Solo entonces marque &lt;b&gt;Enforce SAML Login&lt;/b&gt; en Insightly.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Configuring SAML, the signing certificate and the sign-in test is not built yet.</source>
        <translation>La configuración de SAML, del certificado de firma y de la prueba de inicio de sesión aún no está implementada.</translation>
    </message>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>Paso 3 — Conectar el aprovisionamiento SCIM</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>El punto de conexión y el token SCIM de Insightly, probados y guardados en Entra.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In Insightly, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and save.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; and the &lt;b&gt;token&lt;/b&gt; Insightly shows.&lt;/li&gt;&lt;li&gt;In Entra: Provisioning mode &lt;b&gt;Automatic&lt;/b&gt;, Tenant URL = the endpoint, Secret Token = the token, &lt;b&gt;Test Connection&lt;/b&gt;, save, and start provisioning.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En Insightly, marque &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; y guarde.&lt;/li&gt;&lt;li&gt;Copie el &lt;b&gt;punto de conexión SCIM&lt;/b&gt; y el &lt;b&gt;token&lt;/b&gt; que muestra Insightly.&lt;/li&gt;&lt;li&gt;En Entra: modo de aprovisionamiento &lt;b&gt;Automático&lt;/b&gt;, URL del inquilino = el punto de conexión, Token secreto = el token, &lt;b&gt;Probar conexión&lt;/b&gt;, guarde e inicie el aprovisionamiento.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Connecting SCIM provisioning is not built yet.</source>
        <translation>La conexión del aprovisionamiento SCIM aún no está implementada.</translation>
    </message>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>Paso 4 — Asignar usuarios y grupos</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Quién puede iniciar sesión en Insightly a través de Entra y quién se aprovisiona.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asigne los usuarios y grupos que usan Insightly. Su dirección de correo electrónico de Insightly debe coincidir con su nombre de inicio de sesión de Entra.&lt;/p&gt;&lt;p&gt;Después, los usuarios inician sesión desde &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Assigning users and groups is not built yet.</source>
        <translation>La asignación de usuarios y grupos aún no está implementada.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>What was set up, and what to do next.</source>
        <translation>Qué se configuró y qué hacer a continuación.</translation>
    </message>
    <message>
        <source>The summary of the setup is not built yet.</source>
        <translation>El resumen de la configuración aún no está implementado.</translation>
    </message>
</context>
<context>
    <name>insightly::SignInPage</name>
    <message>
        <source>Sign in to Microsoft Entra ID</source>
        <translation>Iniciar sesión en Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Sign in with an account that may manage enterprise applications in your tenant.</source>
        <translation>Inicie sesión con una cuenta que pueda administrar aplicaciones empresariales en su inquilino.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in on this page. Before it changes anything, the wizard checks that your account holds the &lt;b&gt;Cloud Application Administrator&lt;/b&gt; or &lt;b&gt;Application Administrator&lt;/b&gt; role and that the permissions it needs were granted.&lt;/p&gt;&lt;p&gt;If your organisation does not allow signing in from an embedded browser, use &lt;i&gt;Sign in with the system browser&lt;/i&gt; or &lt;i&gt;Sign in with a code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Your session is kept in the system keychain, so the next start signs you in without asking again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Inicie sesión en esta página. Antes de cambiar nada, el asistente comprueba que su cuenta tenga el rol &lt;b&gt;Administrador de aplicaciones en la nube&lt;/b&gt; o &lt;b&gt;Administrador de aplicaciones&lt;/b&gt; y que se hayan concedido los permisos que necesita.&lt;/p&gt;&lt;p&gt;Si su organización no permite iniciar sesión desde un explorador integrado, use &lt;i&gt;Iniciar sesión con el explorador del sistema&lt;/i&gt; o &lt;i&gt;Iniciar sesión con un código&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Su sesión se guarda en el llavero del sistema, de modo que en el próximo inicio se inicia sesión sin volver a preguntar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>&amp;Abrir la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in &amp;here</source>
        <translation>Iniciar sesión a&amp;quí</translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser</source>
        <translation>Iniciar sesión con el explorador del &amp;sistema</translation>
    </message>
    <message>
        <source>Sign in with a c&amp;ode</source>
        <translation>Iniciar sesión con un códi&amp;go</translation>
    </message>
    <message>
        <source>Sign in as &amp;someone else</source>
        <translation>Iniciar sesión como &amp;otra persona</translation>
    </message>
    <message>
        <source>Signing you in with your saved session…</source>
        <translation>Iniciando sesión con su sesión guardada…</translation>
    </message>
    <message>
        <source>The wizard could not open a local port to receive the sign-in.</source>
        <translation>El asistente no pudo abrir un puerto local para recibir el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in here or with a code instead.</source>
        <translation>Inicie sesión aquí o con un código.</translation>
    </message>
    <message>
        <source>Your browser opened Microsoft&apos;s sign-in page. Sign in there; this page continues by itself when you are done.</source>
        <translation>Su explorador abrió la página de inicio de sesión de Microsoft. Inicie sesión allí; esta página continuará por sí sola cuando termine.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Esperando el inicio de sesión en su explorador…</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>No se pudo abrir el explorador del sistema.</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Solicitando un código de inicio de sesión a Microsoft…</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code. This page continues by itself when you are done.</source>
        <translation>En cualquier dispositivo, abra %1 y escriba este código. Esta página continuará por sí sola cuando termine.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>Esperando a que escriba el código…</translation>
    </message>
    <message>
        <source>Completing the sign-in and checking your permissions…</source>
        <translation>Completando el inicio de sesión y comprobando sus permisos…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>insightly::StepPage</name>
    <message>
        <source>Instructions for this step</source>
        <translation>Instrucciones para este paso</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>Aún no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>insightly::WelcomePage</name>
    <message>
        <source>Connect Insightly to Microsoft Entra ID</source>
        <translation>Conectar Insightly con Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Single sign-on with SAML and user provisioning with SCIM, set up and proven step by step.</source>
        <translation>Inicio de sesión único con SAML y aprovisionamiento de usuarios con SCIM, configurados y comprobados paso a paso.</translation>
    </message>
    <message>
        <source>This wizard signs you in to Microsoft Entra ID and does the four steps of Insightly&apos;s “Setup of SAML &amp; SCIM for Azure” article for you: it adds the &lt;i&gt;Insightly SAML&lt;/i&gt; enterprise application, configures SAML single sign-on and its signing certificate, connects SCIM provisioning, and assigns users and groups. It tests each step before the next, and signs in once through SAML before you enforce SAML login, so nobody is locked out.</source>
        <translation>Este asistente inicia sesión en Microsoft Entra ID y realiza por usted los cuatro pasos del artículo de Insightly «Setup of SAML &amp; SCIM for Azure»: agrega la aplicación empresarial &lt;i&gt;Insightly SAML&lt;/i&gt;, configura el inicio de sesión único SAML y su certificado de firma, conecta el aprovisionamiento SCIM y asigna usuarios y grupos. Prueba cada paso antes del siguiente e inicia sesión una vez mediante SAML antes de que usted exija el inicio de sesión SAML, para que nadie se quede sin acceso.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>&amp;Set up single sign-on and provisioning</source>
        <translation>&amp;Configurar el inicio de sesión único y el aprovisionamiento</translation>
    </message>
    <message>
        <source>Set up single sign-on and provisioning</source>
        <translation>Configurar el inicio de sesión único y el aprovisionamiento</translation>
    </message>
    <message>
        <source>&amp;Rotate the SAML signing certificate of an existing setup</source>
        <translation>&amp;Renovar el certificado de firma SAML de una configuración existente</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>Renovar el certificado de firma SAML</translation>
    </message>
    <message>
        <source>&amp;Check the status of an existing setup</source>
        <translation>Co&amp;mprobar el estado de una configuración existente</translation>
    </message>
    <message>
        <source>Check the status of an existing setup</source>
        <translation>Comprobar el estado de una configuración existente</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Inquilino de Microsoft Entra</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID (optional)</source>
        <translation>contoso.onmicrosoft.com o id. de inquilino (opcional)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Inquilino:</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Microsoft Entra account with the Cloud Application Administrator or Application Administrator role;&lt;/li&gt;&lt;li&gt;an Insightly administrator account on the Enterprise plan.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Necesitará&lt;/b&gt;&lt;ul&gt;&lt;li&gt;una cuenta de Microsoft Entra con el rol Administrador de aplicaciones en la nube o Administrador de aplicaciones;&lt;/li&gt;&lt;li&gt;una cuenta de administrador de Insightly con el plan Enterprise.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>insightly::entra</name>
    <message>
        <source>add and configure the Insightly SAML application (steps 1–2)</source>
        <translation>agregar y configurar la aplicación Insightly SAML (pasos 1–2)</translation>
    </message>
    <message>
        <source>assign users and groups (step 4)</source>
        <translation>asignar usuarios y grupos (paso 4)</translation>
    </message>
    <message>
        <source>connect and start SCIM provisioning (step 3)</source>
        <translation>conectar e iniciar el aprovisionamiento SCIM (paso 3)</translation>
    </message>
    <message>
        <source>find users to assign (step 4)</source>
        <translation>buscar usuarios para asignar (paso 4)</translation>
    </message>
    <message>
        <source>find groups to assign (step 4)</source>
        <translation>buscar grupos para asignar (paso 4)</translation>
    </message>
    <message>
        <source>Your Entra role may manage enterprise applications</source>
        <translation>Su rol de Entra puede administrar aplicaciones empresariales</translation>
    </message>
    <message>
        <source>Your roles could not be read.</source>
        <translation>No se pudieron leer sus roles.</translation>
    </message>
    <message>
        <source>No directory role</source>
        <translation>Ningún rol de directorio</translation>
    </message>
    <message>
        <source>%1 does not hold a role that may set up enterprise applications.</source>
        <translation>%1 no tiene ningún rol que pueda configurar aplicaciones empresariales.</translation>
    </message>
    <message>
        <source>Adding the application, configuring SAML and provisioning need Cloud Application Administrator or Application Administrator (or Global Administrator).</source>
        <translation>Agregar la aplicación y configurar SAML y el aprovisionamiento requiere el rol Administrador de aplicaciones en la nube o Administrador de aplicaciones (o Administrador global).</translation>
    </message>
    <message>
        <source>Ask a Privileged Role Administrator to give your account the Cloud Application Administrator role (Entra admin center › Roles and administrators), or sign in with an account that has it.</source>
        <translation>Pida a un Administrador de roles con privilegios que asigne a su cuenta el rol Administrador de aplicaciones en la nube (Centro de administración de Microsoft Entra › Roles y administradores), o inicie sesión con una cuenta que lo tenga.</translation>
    </message>
    <message>
        <source>Permission %1 — to %2</source>
        <translation>Permiso %1 — para %2</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>No concedido</translation>
    </message>
    <message>
        <source>The permission %1 was not granted to this sign-in.</source>
        <translation>El permiso %1 no se concedió a este inicio de sesión.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s consent settings may require an administrator to approve it.</source>
        <translation>Es posible que la configuración de consentimiento de su organización requiera que un administrador lo apruebe.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant consent for the whole organisation at %1, then sign in again.</source>
        <translation>Pida a un administrador que conceda el consentimiento para toda la organización en %1 y vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>insightly::entra::GraphClient</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>No se pudo iniciar la demostración: %1</translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation>%1 — demostración (inquilino simulado)</translation>
    </message>
</context>
</TS>
