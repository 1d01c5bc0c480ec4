<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AdminAssignment</name>
    <message>
        <source>The signed-in account is not known.</source>
        <translation>No se conoce la cuenta con la que se inició sesión.</translation>
    </message>
    <message>
        <source>The sign-in check did not return the account&apos;s id.</source>
        <translation>La comprobación de inicio de sesión no devolvió el id. de la cuenta.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Checking whether you are assigned to Insightly SAML…</source>
        <translation>Comprobando si está asignado a Insightly SAML…</translation>
    </message>
    <message>
        <source>Assigning you to Insightly SAML for the sign-in test…</source>
        <translation>Asignándole a Insightly SAML para la prueba de inicio de sesión…</translation>
    </message>
</context>
<context>
    <name>CertificateActivation</name>
    <message>
        <source>The certificate %1 is not on the Insightly SAML application.</source>
        <translation>El certificado %1 no está en la aplicación Insightly SAML.</translation>
    </message>
    <message>
        <source>It was removed, or it belongs to another application.</source>
        <translation>Se quitó o pertenece a otra aplicación.</translation>
    </message>
    <message>
        <source>Read the certificates again and choose one that is listed.</source>
        <translation>Vuelva a leer los certificados y elija uno que aparezca.</translation>
    </message>
    <message>
        <source>The certificate %1 is expired or not yet valid.</source>
        <translation>El certificado %1 caducó o aún no es válido.</translation>
    </message>
    <message>
        <source>Microsoft Entra cannot sign with it.</source>
        <translation>Microsoft Entra no puede firmar con él.</translation>
    </message>
    <message>
        <source>Create a new certificate instead.</source>
        <translation>Cree en su lugar un certificado nuevo.</translation>
    </message>
    <message>
        <source>Activating the certificate %1…</source>
        <translation>Activando el certificado %1…</translation>
    </message>
    <message>
        <source>Confirming the active certificate… seen %1 of %2 times</source>
        <translation>Confirmando el certificado activo… visto %1 de %2 veces</translation>
    </message>
    <message>
        <source>Too many addresses for certificate expiry notices.</source>
        <translation>Demasiadas direcciones para los avisos de expiración del certificado.</translation>
    </message>
    <message>
        <source>Microsoft Entra accepts at most 5 addresses.</source>
        <translation>Microsoft Entra acepta como máximo 5 direcciones.</translation>
    </message>
    <message>
        <source>Remove some addresses.</source>
        <translation>Quite algunas direcciones.</translation>
    </message>
    <message>
        <source>The previous certificate can no longer be made active again.</source>
        <translation>El certificado anterior ya no se puede volver a activar.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Ha caducado.</translation>
    </message>
    <message>
        <source>It was removed from the application.</source>
        <translation>Se quitó de la aplicación.</translation>
    </message>
    <message>
        <source>Upload the current certificate to Insightly instead (Certificate (Base64)), then test the sign-in again.</source>
        <translation>Cargue en su lugar el certificado actual en Insightly («Certificado (Base64)») y vuelva a probar el inicio de sesión.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Volviendo al certificado anterior…</translation>
    </message>
    <message>
        <source>Setting who is told before the certificate expires…</source>
        <translation>Estableciendo a quién se avisa antes de que expire el certificado…</translation>
    </message>
</context>
<context>
    <name>CertificateCleanup</name>
    <message>
        <source>The active signing certificate cannot be removed.</source>
        <translation>El certificado de firma activo no se puede quitar.</translation>
    </message>
    <message>
        <source>Microsoft Entra signs Insightly sign-ins with %1.</source>
        <translation>Microsoft Entra firma los inicios de sesión de Insightly con %1.</translation>
    </message>
    <message>
        <source>Activate another certificate first.</source>
        <translation>Active primero otro certificado.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n old certificate(s)…</source>
        <translation>
            <numerusform>Quitando %n certificado antiguo…</numerusform>
            <numerusform>Quitando %n certificados antiguos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the removal… seen %1 of %2 times</source>
        <translation>Confirmando la eliminación… vista %1 de %2 veces</translation>
    </message>
</context>
<context>
    <name>CertificateReader</name>
    <message>
        <source>Microsoft Entra did not confirm the certificate change in time.</source>
        <translation>Microsoft Entra no confirmó el cambio de certificado a tiempo.</translation>
    </message>
    <message>
        <source>The change was not read back consistently (replication).</source>
        <translation>El cambio no se volvió a leer de forma coherente (replicación).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the certificates that exist instead of creating more.</source>
        <translation>Espere unos minutos y vuelva a ejecutar este paso; continúa con los certificados existentes en lugar de crear más.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(you, in Insightly)</source>
        <translation>(usted, en Insightly)</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nada que cambiar.</translation>
    </message>
    <message>
        <source>Insightly setting</source>
        <translation>Configuración de Insightly</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, caduca el %2</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>Certificado de firma SAML</translation>
    </message>
    <message>
        <source>service principal</source>
        <translation>Entidad de servicio</translation>
    </message>
    <message numerus="yes">
        <source>valid for %n day(s)</source>
        <translation>
            <numerusform>válido durante %n día</numerusform>
            <numerusform>válido durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>the new certificate</source>
        <translation>el certificado nuevo</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>crear %1</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>cambiar %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>eliminar %1</translation>
    </message>
    <message>
        <source>No changes: everything is already as it should be.</source>
        <translation>Sin cambios: todo ya está como debe.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%n cambio: %1</numerusform>
            <numerusform>%n cambios: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>no previsto: %1</translation>
    </message>
    <message>
        <source>planned but not sent: %1</source>
        <translation>previsto pero no enviado: %1</translation>
    </message>
    <message>
        <source>Not signed in: the tenant could not be read.</source>
        <translation>No ha iniciado sesión: no se pudo leer el inquilino.</translation>
    </message>
    <message>
        <source>Sign in, then look at the plan again.</source>
        <translation>Inicie sesión y vuelva a consultar el plan.</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>No se encontró ninguna aplicación Insightly SAML en este inquilino.</translation>
    </message>
    <message>
        <source>Run the whole setup first; a re-run changes an existing setup.</source>
        <translation>Ejecute primero la configuración completa; una nueva ejecución cambia una configuración existente.</translation>
    </message>
    <message>
        <source>enterprise application</source>
        <translation>Aplicación empresarial</translation>
    </message>
    <message>
        <source>already exists (app id %1)</source>
        <translation>ya existe (id. de aplicación %1)</translation>
    </message>
    <message numerus="yes">
        <source>you choose one of %n existing apps</source>
        <translation>
            <numerusform>usted elige la aplicación existente</numerusform>
            <numerusform>usted elige una de las %n aplicaciones existentes</numerusform>
        </translation>
    </message>
    <message>
        <source>application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>the Sign-in page URL you enter</source>
        <translation>la &quot;Sign-in page URL&quot; que escriba</translation>
    </message>
    <message>
        <source>app role assignment</source>
        <translation>Asignación de rol de aplicación</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>you, for the sign-in test</source>
        <translation>usted, para la prueba de inicio de sesión</translation>
    </message>
    <message>
        <source>SAML certificate</source>
        <translation>Certificado SAML</translation>
    </message>
    <message>
        <source>the new certificate file</source>
        <translation>el archivo del certificado nuevo</translation>
    </message>
    <message>
        <source>already uploaded and tested</source>
        <translation>ya cargado y probado</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>&quot;Enforce SAML Login&quot;</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a setting that is not ticked</comment>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>on, after the sign-in test passed</source>
        <translation>activado, después de superar la prueba de inicio de sesión</translation>
    </message>
    <message>
        <source>on</source>
        <comment>a setting that is ticked</comment>
        <translation>activado</translation>
    </message>
    <message>
        <source>the old certificate</source>
        <translation>el certificado antiguo</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
    <message>
        <source>provisioning job</source>
        <translation>Trabajo de aprovisionamiento</translation>
    </message>
    <message>
        <source>Insightly&apos;s provisioning template</source>
        <translation>Plantilla de aprovisionamiento de Insightly</translation>
    </message>
    <message>
        <source>Test Connection (changes nothing)</source>
        <translation>Probar conexión (no cambia nada)</translation>
    </message>
    <message>
        <source>provisioning credentials</source>
        <translation>Credenciales de aprovisionamiento</translation>
    </message>
    <message>
        <source>the SCIM endpoint you enter</source>
        <translation>el punto de conexión SCIM que escriba</translation>
    </message>
    <message>
        <source>(the token you paste)</source>
        <translation>(el token que pegue)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>iniciado</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>each user or group you choose</source>
        <translation>cada usuario o grupo que elija</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>Test Insightly&apos;s SCIM endpoint at URL from this computer and print each check, without the wizard. The token is read from the environment variable INSIGHTLY_SCIM_TOKEN or from standard input.</source>
        <translation>Probar desde este equipo el punto de conexión SCIM de Insightly en URL y mostrar cada comprobación, sin el asistente. El token se lee de la variable de entorno INSIGHTLY_SCIM_TOKEN o de la entrada estándar.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--probe-scim needs the SCIM endpoint URL Insightly shows.</source>
        <translation>--probe-scim necesita la URL del punto de conexión SCIM que muestra Insightly.</translation>
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
    <message>
        <source>Check the saved setup without a window, using the saved session (never prompts). Exit status: 0 healthy, 1 warning, 2 failing, 3 cannot tell.</source>
        <translation>Comprobar la configuración guardada sin ventana, con la sesión guardada (nunca pregunta). Código de salida: 0 correcto, 1 advertencia, 2 con errores, 3 no se puede determinar.</translation>
    </message>
    <message>
        <source>With --check: print nothing when healthy, only the status and action otherwise.</source>
        <translation>Con --check: no mostrar nada si todo es correcto; si no, solo el estado y la acción.</translation>
    </message>
    <message>
        <source>With --check: show a desktop notification when the setup is not healthy.</source>
        <translation>Con --check: mostrar una notificación de escritorio si la configuración no es correcta.</translation>
    </message>
    <message>
        <source>With --check: warn when the SCIM token was saved more than DAYS days ago.</source>
        <translation>Con --check: advertir si el token SCIM se guardó hace más de DÍAS días.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>--%1 only goes with --check.</source>
        <translation>--%1 solo se puede usar con --check.</translation>
    </message>
    <message>
        <source>--instance takes Insightly&apos;s Sign-in page URL or host name, not &quot;%1&quot;.</source>
        <translation>--instance espera la «Sign-in page URL» o el nombre de host de Insightly, no «%1».</translation>
    </message>
    <message>
        <source>--max-token-age takes a number of days, not &quot;%1&quot;.</source>
        <translation>--max-token-age espera un número de días, no «%1».</translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes). The simulated world and what you set up in it are kept between runs in %1.</source>
        <translation>Ejecutar con un inquilino y una instancia de Insightly simulados integrados (sin cambios reales). El mundo simulado y lo que configure en él se conservan entre ejecuciones en %1.</translation>
    </message>
    <message>
        <source>With --demo: forget the kept simulated world and start a new one.</source>
        <translation>Con --demo: olvidar el mundo simulado conservado y empezar uno nuevo.</translation>
    </message>
    <message>
        <source>--reset is only for the demo: use --demo --reset.</source>
        <translation>--reset es solo para la demo: use --demo --reset.</translation>
    </message>
    <message>
        <source>Open the wizard on this page of the setup named by --tenant and --instance: status, rotate-certificate or rotate-scim-token.</source>
        <translation>Abre el asistente en esta página de la configuración indicada por --tenant e --instance: status, rotate-certificate o rotate-scim-token.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>--open takes status, rotate-certificate or rotate-scim-token, not &quot;%1&quot;.</source>
        <translation>--open admite status, rotate-certificate o rotate-scim-token, no «%1».</translation>
    </message>
    <message>
        <source>With --check or --plan: print JSON (schemas: docs/check-json-schema.md, docs/plan.md).</source>
        <translation>Con --check o --plan: mostrar JSON (esquemas: docs/check-json-schema.md, docs/plan.md).</translation>
    </message>
    <message>
        <source>With --check, --plan or --open: the setup of this Insightly instance (its Sign-in page URL or host).</source>
        <translation>Con --check, --plan o --open: la configuración de esta instancia de Insightly (su «Sign-in page URL» o su host).</translation>
    </message>
    <message>
        <source>List what the setup would change in Entra and Insightly, read live, without changing anything (saved session, never prompts). Exit status: 0 the plan was read, 3 cannot tell.</source>
        <translation>Enumera lo que la configuración cambiaría en Entra e Insightly, leído en directo, sin cambiar nada (sesión guardada, nunca pregunta). Estado de salida: 0 plan leído, 3 no se puede determinar.</translation>
    </message>
    <message>
        <source>With --plan: the plan of a re-run instead of the whole setup: certificate or scim-token.</source>
        <translation>Con --plan: el plan de una nueva ejecución en lugar de toda la configuración: certificate o scim-token.</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>nueva-ejecución</translation>
    </message>
    <message>
        <source>Use either --check or --plan, not both.</source>
        <translation>Use --check o --plan, no ambos.</translation>
    </message>
    <message>
        <source>--%1 only goes with --check or --plan.</source>
        <translation>--%1 solo se usa con --check o --plan.</translation>
    </message>
    <message>
        <source>--rerun only goes with --plan.</source>
        <translation>--rerun solo se usa con --plan.</translation>
    </message>
    <message>
        <source>--rerun takes certificate or scim-token, not &quot;%1&quot;.</source>
        <translation>--rerun admite certificate o scim-token, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--open doesn&apos;t go with --check or --plan.</source>
        <translation>--open no va con --check ni con --plan.</translation>
    </message>
    <message>
        <source>--instance only goes with --check, --plan or --open.</source>
        <translation>--instance solo va con --check, --plan o --open.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Microsoft Entra hasn&apos;t finished creating the app or the user yet.</source>
        <translation>Microsoft Entra aún no ha terminado de crear la aplicación o el usuario.</translation>
    </message>
    <message>
        <source>The new object isn&apos;t visible on every directory replica yet.</source>
        <translation>El nuevo objeto aún no es visible en todas las réplicas del directorio.</translation>
    </message>
    <message>
        <source>Wait a minute, then run this step again.</source>
        <translation>Espere un minuto y vuelva a ejecutar este paso.</translation>
    </message>
    <message>
        <source>Entra rejected the Reply URL.</source>
        <translation>Entra rechazó la URL de respuesta.</translation>
    </message>
    <message>
        <source>It must be the exact https URL from Insightly, at most 256 characters, without spaces or symbols such as ! $ &apos; ( ) , ;</source>
        <translation>Debe ser exactamente la URL https de Insightly, de 256 caracteres como máximo, sin espacios ni símbolos como ! $ &apos; ( ) , ;</translation>
    </message>
    <message>
        <source>Copy the Sign-in page URL from Insightly again and retry.</source>
        <translation>Vuelva a copiar la «Sign-in page URL» de Insightly e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The role chosen for Insightly doesn&apos;t exist on this app.</source>
        <translation>El rol elegido para Insightly no existe en esta aplicación.</translation>
    </message>
    <message>
        <source>The app role isn&apos;t defined or enabled on the Insightly app, or doesn&apos;t allow this kind of member.</source>
        <translation>El rol de aplicación no está definido o habilitado en la aplicación Insightly, o no admite este tipo de miembro.</translation>
    </message>
    <message>
        <source>Pick one of the app&apos;s roles (usually &apos;User&apos;), or use Default Access.</source>
        <translation>Elija uno de los roles de la aplicación (normalmente «User») o use «Acceso predeterminado».</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request.</source>
        <translation>Microsoft Graph rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Some value sent by the wizard was not accepted.</source>
        <translation>No se aceptó algún valor enviado por el asistente.</translation>
    </message>
    <message>
        <source>Check the values entered in this step and retry. If it keeps failing, report it with the request ID.</source>
        <translation>Compruebe los valores introducidos en este paso e inténtelo de nuevo. Si sigue fallando, notifíquelo con el id. de solicitud.</translation>
    </message>
    <message>
        <source>Your account isn&apos;t allowed to do this.</source>
        <translation>Su cuenta no tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the Entra role Cloud Application Administrator or Application Administrator, or the wizard&apos;s permissions were not approved.</source>
        <translation>La cuenta con la que inició sesión no tiene el rol de Entra Administrador de aplicaciones en la nube o Administrador de aplicaciones, o no se aprobaron los permisos del asistente.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.
Make sure the wizard&apos;s permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) have been approved.</source>
        <translation>Inicie sesión como Administrador de aplicaciones en la nube o Administrador de aplicaciones.
Asegúrese de que se hayan aprobado los permisos del asistente (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All).</translation>
    </message>
    <message>
        <source>Your sign-in is no longer accepted by Microsoft Graph.</source>
        <translation>Microsoft Graph ya no acepta su inicio de sesión.</translation>
    </message>
    <message>
        <source>The access token expired, was issued for another service, or this computer&apos;s clock is wrong.</source>
        <translation>El token de acceso caducó, se emitió para otro servicio, o el reloj de este equipo es incorrecto.</translation>
    </message>
    <message>
        <source>Please sign in again, and check this computer&apos;s date and time.</source>
        <translation>Vuelva a iniciar sesión y compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <source>Your organization needs you to confirm your sign-in again.</source>
        <translation>Su organización necesita que vuelva a confirmar su inicio de sesión.</translation>
    </message>
    <message>
        <source>A Conditional Access or continuous access evaluation event requires a fresh sign-in.</source>
        <translation>Un evento de acceso condicional o de evaluación continua de acceso requiere un nuevo inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in again in the window that opens.</source>
        <translation>Vuelva a iniciar sesión en la ventana que se abre.</translation>
    </message>
    <message>
        <source>The object could not be found in Microsoft Entra.</source>
        <translation>No se encontró el objeto en Microsoft Entra.</translation>
    </message>
    <message>
        <source>It was created moments ago and hasn&apos;t replicated yet, or it was deleted.</source>
        <translation>Se creó hace unos instantes y aún no se ha replicado, o se eliminó.</translation>
    </message>
    <message>
        <source>Wait a minute and retry. If it persists, restart the wizard from the &apos;Create app&apos; step.</source>
        <translation>Espere un minuto e inténtelo de nuevo. Si persiste, reinicie el asistente desde el paso «Crear aplicación».</translation>
    </message>
    <message>
        <source>Search failed due to an internal error.</source>
        <translation>La búsqueda falló debido a un error interno.</translation>
    </message>
    <message>
        <source>Microsoft Graph didn&apos;t accept the search query.</source>
        <translation>Microsoft Graph no aceptó la consulta de búsqueda.</translation>
    </message>
    <message>
        <source>Please report this problem with the request ID.</source>
        <translation>Notifique este problema con el id. de solicitud.</translation>
    </message>
    <message>
        <source>Entra refused Insightly&apos;s URL as Identifier.</source>
        <translation>Entra rechazó la URL de Insightly como identificador.</translation>
    </message>
    <message>
        <source>Your tenant&apos;s identifier-URI policy only allows verified domains for apps not yet in SAML mode.</source>
        <translation>La directiva de URI de identificador de su inquilino solo permite dominios comprobados para aplicaciones que aún no están en modo SAML.</translation>
    </message>
    <message>
        <source>Let the wizard set SAML mode first and retry after a minute. If it still fails, an admin must allow the URL (or exempt this app), or set the Identifier on the app&apos;s SAML page in the portal.</source>
        <translation>Deje que el asistente establezca primero el modo SAML y vuelva a intentarlo al cabo de un minuto. Si sigue fallando, un administrador debe permitir la URL (o eximir esta aplicación), o establezca el identificador en la página SAML de la aplicación en el portal.</translation>
    </message>
    <message>
        <source>The Identifier can&apos;t end with &apos;/&apos; when it has no path.</source>
        <translation>El identificador no puede terminar en «/» si no tiene ruta.</translation>
    </message>
    <message>
        <source>Entra rejects a bare host name with a trailing slash as Identifier.</source>
        <translation>Entra rechaza como identificador un nombre de host sin más con una barra final.</translation>
    </message>
    <message>
        <source>Paste the full Insightly Sign-in page URL.</source>
        <translation>Pegue la «Sign-in page URL» completa de Insightly.</translation>
    </message>
    <message>
        <source>Already assigned — nothing to do.</source>
        <translation>Ya está asignado: no hay nada que hacer.</translation>
    </message>
    <message>
        <source>This user or group already has this role on the app.</source>
        <translation>Este usuario o grupo ya tiene este rol en la aplicación.</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>No se requiere ninguna acción.</translation>
    </message>
    <message>
        <source>The half-created Insightly app can&apos;t be removed this way.</source>
        <translation>La aplicación Insightly creada a medias no se puede quitar de esta forma.</translation>
    </message>
    <message>
        <source>A SAML app created from the gallery can&apos;t be deleted through its service principal.</source>
        <translation>Una aplicación SAML creada desde la galería no se puede eliminar a través de su entidad de servicio.</translation>
    </message>
    <message>
        <source>The wizard removes the application object instead; retry the cleanup.</source>
        <translation>El asistente elimina en su lugar el objeto de aplicación; vuelva a intentar la limpieza.</translation>
    </message>
    <message>
        <source>Your tenant (or your account) has reached its limit of directory objects.</source>
        <translation>Su inquilino (o su cuenta) alcanzó su límite de objetos de directorio.</translation>
    </message>
    <message>
        <source>Entra limits how many objects a tenant or a non-admin user may create.</source>
        <translation>Entra limita cuántos objetos puede crear un inquilino o un usuario que no es administrador.</translation>
    </message>
    <message>
        <source>Delete unused app registrations, or ask an administrator to run the wizard.</source>
        <translation>Elimine los registros de aplicación que no use o pida a un administrador que ejecute el asistente.</translation>
    </message>
    <message>
        <source>Microsoft is rejecting requests from this tenant.</source>
        <translation>Microsoft está rechazando las solicitudes de este inquilino.</translation>
    </message>
    <message>
        <source>The tenant keeps exceeding Microsoft Graph&apos;s limits.</source>
        <translation>El inquilino supera continuamente los límites de Microsoft Graph.</translation>
    </message>
    <message>
        <source>Contact Microsoft support.</source>
        <translation>Póngase en contacto con el soporte de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft Graph asked the wizard to slow down.</source>
        <translation>Microsoft Graph pidió al asistente que fuera más despacio.</translation>
    </message>
    <message>
        <source>The tenant&apos;s request or write quota for this app was exceeded.</source>
        <translation>Se superó la cuota de solicitudes o escrituras del inquilino para esta aplicación.</translation>
    </message>
    <message>
        <source>The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.</source>
        <translation>El asistente continúa automáticamente tras la espera que pide Microsoft. Si se detuvo, vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem.</source>
        <translation>Microsoft Graph tuvo un problema temporal.</translation>
    </message>
    <message>
        <source>The service failed or timed out on Microsoft&apos;s side.</source>
        <translation>El servicio falló o agotó el tiempo de espera en el lado de Microsoft.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry.</source>
        <translation>Espere unos minutos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service couldn&apos;t reach Insightly&apos;s SCIM endpoint.</source>
        <translation>El servicio de aprovisionamiento de Microsoft no pudo conectar con el punto de conexión SCIM de Insightly.</translation>
    </message>
    <message>
        <source>The SCIM URL is wrong, SCIM is off in Insightly, or the endpoint isn&apos;t reachable from Microsoft&apos;s network.</source>
        <translation>La URL de SCIM es incorrecta, SCIM está desactivado en Insightly, o el punto de conexión no es accesible desde la red de Microsoft.</translation>
    </message>
    <message>
        <source>Check the SCIM endpoint URL copied from Insightly (System Settings → SAML and SCIM) and that SCIM is enabled there.
If Insightly restricts IP addresses, allow Microsoft&apos;s AzureActiveDirectory ranges.</source>
        <translation>Compruebe la URL del punto de conexión SCIM copiada de Insightly (System Settings → SAML and SCIM) y que SCIM esté habilitado allí.
Si Insightly restringe direcciones IP, permita los intervalos AzureActiveDirectory de Microsoft.</translation>
    </message>
    <message>
        <source>Insightly didn&apos;t accept the Secret Token.</source>
        <translation>Insightly no aceptó el token secreto.</translation>
    </message>
    <message>
        <source>The token was mistyped, has extra spaces, or was regenerated in Insightly.</source>
        <translation>El token se escribió mal, tiene espacios de más o se regeneró en Insightly.</translation>
    </message>
    <message>
        <source>Copy the current SCIM token from Insightly (regenerating it cancels the old one), paste it, and test again.</source>
        <translation>Copie el token SCIM actual de Insightly (regenerarlo anula el anterior), péguelo y vuelva a probar.</translation>
    </message>
    <message>
        <source>A user with this email already exists in Insightly but wasn&apos;t matched.</source>
        <translation>Ya existe en Insightly un usuario con este correo electrónico, pero no se asoció.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s lookup by user name didn&apos;t find the existing Insightly user.</source>
        <translation>La búsqueda de Microsoft por nombre de usuario no encontró el usuario existente de Insightly.</translation>
    </message>
    <message>
        <source>Make the Insightly user&apos;s email equal to the Entra user name, or remove the duplicate.</source>
        <translation>Haga que el correo electrónico del usuario de Insightly coincida con el nombre de usuario de Entra, o quite el duplicado.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM answer wasn&apos;t in the expected format.</source>
        <translation>La respuesta SCIM de Insightly no tenía el formato esperado.</translation>
    </message>
    <message>
        <source>The SCIM address is wrong (e.g. &apos;/Users&apos; added) or a required field is empty.</source>
        <translation>La dirección SCIM es incorrecta (p. ej., se agregó «/Users») o un campo obligatorio está vacío.</translation>
    </message>
    <message>
        <source>Paste the SCIM endpoint exactly as Insightly shows it, and check the user&apos;s required fields.</source>
        <translation>Pegue el punto de conexión SCIM exactamente como lo muestra Insightly y compruebe los campos obligatorios del usuario.</translation>
    </message>
    <message>
        <source>Insightly refused the change.</source>
        <translation>Insightly rechazó el cambio.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service answered with an error.</source>
        <translation>El servicio SCIM de Insightly respondió con un error.</translation>
    </message>
    <message>
        <source>See the details for Insightly&apos;s answer.</source>
        <translation>Consulte los detalles para ver la respuesta de Insightly.</translation>
    </message>
    <message>
        <source>Several users share the same matching value.</source>
        <translation>Varios usuarios comparten el mismo valor de coincidencia.</translation>
    </message>
    <message>
        <source>There are probably duplicate users in Insightly or in Entra.</source>
        <translation>Probablemente haya usuarios duplicados en Insightly o en Entra.</translation>
    </message>
    <message>
        <source>Remove the duplicate, or choose a unique matching attribute.</source>
        <translation>Quite el duplicado o elija un atributo de coincidencia único.</translation>
    </message>
    <message>
        <source>Insightly denied the change.</source>
        <translation>Insightly denegó el cambio.</translation>
    </message>
    <message>
        <source>The SCIM token stopped working or lacks rights.</source>
        <translation>El token SCIM dejó de funcionar o no tiene permisos suficientes.</translation>
    </message>
    <message>
        <source>Check that the SCIM token still works and belongs to an Insightly admin; regenerate and update it if needed.</source>
        <translation>Compruebe que el token SCIM sigue funcionando y pertenece a un administrador de Insightly; regenérelo y actualícelo si es necesario.</translation>
    </message>
    <message>
        <source>The access token was rejected.</source>
        <translation>Se rechazó el token de acceso.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the needed Entra role or permission.</source>
        <translation>La cuenta con la que inició sesión no tiene el rol o el permiso de Entra necesarios.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.</source>
        <translation>Inicie sesión como Administrador de aplicaciones en la nube o Administrador de aplicaciones.</translation>
    </message>
    <message>
        <source>It may not have replicated yet, or it was deleted.</source>
        <translation>Puede que aún no se haya replicado, o se eliminó.</translation>
    </message>
    <message>
        <source>Wait a minute and retry.</source>
        <translation>Espere un minuto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Microsoft Entra reported a conflicting change.</source>
        <translation>Microsoft Entra notificó un cambio en conflicto.</translation>
    </message>
    <message>
        <source>Another change to the same object is still being applied.</source>
        <translation>Todavía se está aplicando otro cambio al mismo objeto.</translation>
    </message>
    <message>
        <source>The service failed on Microsoft&apos;s side.</source>
        <translation>El servicio falló en el lado de Microsoft.</translation>
    </message>
    <message>
        <source>A gateway in front of it failed.</source>
        <translation>Falló una puerta de enlace situada delante de él.</translation>
    </message>
    <message>
        <source>The service is unavailable right now.</source>
        <translation>El servicio no está disponible en este momento.</translation>
    </message>
    <message>
        <source>The service took too long to answer.</source>
        <translation>El servicio tardó demasiado en responder.</translation>
    </message>
    <message>
        <source>Microsoft sign-in doesn&apos;t know where to send you back.</source>
        <translation>El inicio de sesión de Microsoft no sabe adónde devolverle.</translation>
    </message>
    <message>
        <source>The redirect URI {redirectUri} is not registered on the sign-in app {clientId}.</source>
        <translation>El URI de redirección {redirectUri} no está registrado en la aplicación de inicio de sesión {clientId}.</translation>
    </message>
    <message>
        <source>In App registrations → your app → Authentication, add {redirectUri} under Mobile and desktop applications.
Wait 3–5 minutes, then sign in again.</source>
        <translation>En Registros de aplicaciones → su aplicación → Autenticación, agregue {redirectUri} en «Aplicaciones móviles y de escritorio».
Espere de 3 a 5 minutos y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your organization hasn&apos;t approved the permissions this wizard needs.</source>
        <translation>Su organización no ha aprobado los permisos que necesita este asistente.</translation>
    </message>
    <message>
        <source>The permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) were never granted to this sign-in app in this tenant.</source>
        <translation>Los permisos (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) nunca se concedieron a esta aplicación de inicio de sesión en este inquilino.</translation>
    </message>
    <message>
        <source>Sign in as an administrator who can grant tenant-wide consent and tick Consent on behalf of your organization, or ask an admin to approve the app with this link: {consentUrl}</source>
        <translation>Inicie sesión como un administrador que pueda conceder consentimiento para todo el inquilino y marque «Consentimiento en nombre de su organización», o pida a un administrador que apruebe la aplicación con este vínculo: {consentUrl}</translation>
    </message>
    <message>
        <source>Only an administrator can approve these permissions.</source>
        <translation>Solo un administrador puede aprobar estos permisos.</translation>
    </message>
    <message>
        <source>User consent is turned off in your tenant, or these permissions need admin consent.</source>
        <translation>El consentimiento del usuario está desactivado en su inquilino, o estos permisos requieren consentimiento del administrador.</translation>
    </message>
    <message>
        <source>Ask a Global, Privileged Role or Cloud Application Administrator to approve the app: {consentUrl}
Then sign in again.</source>
        <translation>Pida a un Administrador global, un Administrador de roles con privilegios o un Administrador de aplicaciones en la nube que apruebe la aplicación: {consentUrl}
Luego vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in app is missing the basic &apos;User.Read&apos; permission.</source>
        <translation>A la aplicación de inicio de sesión le falta el permiso básico «User.Read».</translation>
    </message>
    <message>
        <source>Its app registration doesn&apos;t ask for Microsoft Graph User.Read (Sign in and read user profile).</source>
        <translation>Su registro de aplicación no solicita Microsoft Graph User.Read (Iniciar sesión y leer el perfil del usuario).</translation>
    </message>
    <message>
        <source>Add User.Read under API permissions of the app registration and grant consent.</source>
        <translation>Agregue User.Read en «Permisos de API» del registro de aplicación y conceda el consentimiento.</translation>
    </message>
    <message>
        <source>You declined the permission request.</source>
        <translation>Rechazó la solicitud de permisos.</translation>
    </message>
    <message>
        <source>The permissions screen was cancelled, so the wizard can&apos;t continue.</source>
        <translation>Se canceló la pantalla de permisos, por lo que el asistente no puede continuar.</translation>
    </message>
    <message>
        <source>Start sign-in again and accept, or ask an admin to approve the app for everyone.</source>
        <translation>Vuelva a iniciar sesión y acepte, o pida a un administrador que apruebe la aplicación para todos.</translation>
    </message>
    <message>
        <source>The built-in sign-in app isn&apos;t allowed to request this access.</source>
        <translation>La aplicación de inicio de sesión integrada no tiene permitido solicitar este acceso.</translation>
    </message>
    <message>
        <source>Microsoft has not pre-authorized its own client app for this API.</source>
        <translation>Microsoft no ha autorizado previamente su propia aplicación cliente para esta API.</translation>
    </message>
    <message>
        <source>In Settings, enter your own app registration&apos;s client ID.</source>
        <translation>En Configuración, escriba el id. de cliente de su propio registro de aplicación.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication.</source>
        <translation>Su organización requiere autenticación multifactor.</translation>
    </message>
    <message>
        <source>A Conditional Access policy or per-user MFA asks for a second factor, which wasn&apos;t completed.</source>
        <translation>Una directiva de acceso condicional o la MFA por usuario pide un segundo factor, que no se completó.</translation>
    </message>
    <message>
        <source>Complete (approve) the extra verification in the sign-in window. If this appeared while the wizard was reconnecting, just sign in again.</source>
        <translation>Complete (apruebe) la comprobación adicional en la ventana de inicio de sesión. Si esto apareció mientras el asistente se volvía a conectar, simplemente vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Your account must register a verification method first.</source>
        <translation>Su cuenta debe registrar primero un método de verificación.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication, and no method is registered for this account.</source>
        <translation>Su organización requiere autenticación multifactor y no hay ningún método registrado para esta cuenta.</translation>
    </message>
    <message>
        <source>Follow the registration prompt in the sign-in window, or register on the Security info page, then retry.</source>
        <translation>Siga el aviso de registro en la ventana de inicio de sesión o regístrese en la página «Información de seguridad» y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sign-in was blocked by your organization&apos;s access policy.</source>
        <translation>La directiva de acceso de su organización bloqueó el inicio de sesión.</translation>
    </message>
    <message>
        <source>A Conditional Access policy, a security policy or Security Defaults blocks this user, app, location or sign-in method.</source>
        <translation>Una directiva de acceso condicional, una directiva de seguridad o los valores predeterminados de seguridad bloquean este usuario, esta aplicación, esta ubicación o este método de inicio de sesión.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser and try again.
If it is still blocked, an admin can open Entra → Sign-in logs, find this attempt by its correlation ID and check the Conditional Access tab.</source>
        <translation>Elija «Iniciar sesión con el explorador del sistema» y vuelva a intentarlo.
Si sigue bloqueado, un administrador puede abrir Entra → Registros de inicio de sesión, buscar este intento por su id. de correlación y revisar la pestaña «Acceso condicional».</translation>
    </message>
    <message>
        <source>Your organization only accepts sign-ins from managed devices through a supported browser.</source>
        <translation>Su organización solo acepta inicios de sesión desde dispositivos administrados a través de un explorador compatible.</translation>
    </message>
    <message>
        <source>The wizard&apos;s built-in sign-in window can&apos;t prove this device is compliant.</source>
        <translation>La ventana de inicio de sesión integrada del asistente no puede demostrar que este dispositivo es compatible.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser, or run the wizard on a compliant, enrolled device.</source>
        <translation>Elija «Iniciar sesión con el explorador del sistema», o ejecute el asistente en un dispositivo compatible e inscrito.</translation>
    </message>
    <message>
        <source>This tenant&apos;s device rules don&apos;t trust your home organization&apos;s devices.</source>
        <translation>Las reglas de dispositivos de este inquilino no confían en los dispositivos de su organización de origen.</translation>
    </message>
    <message>
        <source>You are signing in as a guest, and cross-tenant trust of device compliance is not configured.</source>
        <translation>Está iniciando sesión como invitado y no está configurada la confianza entre inquilinos para el cumplimiento de dispositivos.</translation>
    </message>
    <message>
        <source>Use an account that is a member of this tenant, or ask its admin to configure cross-tenant trust.</source>
        <translation>Use una cuenta que sea miembro de este inquilino, o pida a su administrador que configure la confianza entre inquilinos.</translation>
    </message>
    <message>
        <source>The sign-in app {clientId} isn&apos;t known in tenant {tenant}.</source>
        <translation>La aplicación de inicio de sesión {clientId} no se conoce en el inquilino {tenant}.</translation>
    </message>
    <message>
        <source>The client ID is mistyped, the app was deleted, or it is a single-tenant app of another tenant.</source>
        <translation>El id. de cliente está mal escrito, la aplicación se eliminó, o es una aplicación de un solo inquilino de otro inquilino.</translation>
    </message>
    <message>
        <source>Check the client ID and tenant in Settings, register the app in this tenant, or make it multi-tenant.</source>
        <translation>Compruebe el id. de cliente y el inquilino en Configuración, registre la aplicación en este inquilino o hágala multiinquilino.</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app, but the wizard is a desktop app.</source>
        <translation>El registro de aplicación está configurado como aplicación web, pero el asistente es una aplicación de escritorio.</translation>
    </message>
    <message>
        <source>Entra expects a client secret because the redirect URI is registered under Web, or public client flows are off.</source>
        <translation>Entra espera un secreto de cliente porque el URI de redirección está registrado en «Web» o los flujos de cliente público están desactivados.</translation>
    </message>
    <message>
        <source>Register the redirect URI under Mobile and desktop applications, and set Allow public client flows = Yes.</source>
        <translation>Registre el URI de redirección en «Aplicaciones móviles y de escritorio» y establezca «Permitir flujos de clientes públicos» en «Sí».</translation>
    </message>
    <message>
        <source>Internal configuration error: the desktop client sent a secret.</source>
        <translation>Error de configuración interno: el cliente de escritorio envió un secreto.</translation>
    </message>
    <message>
        <source>A public client must not send a client secret or assertion.</source>
        <translation>Un cliente público no debe enviar un secreto de cliente ni una aserción.</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>Notifique este problema.</translation>
    </message>
    <message>
        <source>This sign-in app only works with a specific tenant.</source>
        <translation>Esta aplicación de inicio de sesión solo funciona con un inquilino concreto.</translation>
    </message>
    <message>
        <source>It is a single-tenant app, and the wizard used &apos;common&apos; or &apos;organizations&apos;.</source>
        <translation>Es una aplicación de un solo inquilino, y el asistente usó «common» u «organizations».</translation>
    </message>
    <message>
        <source>Enter your tenant ID or domain in the wizard, then sign in again.</source>
        <translation>Escriba el id. o el dominio de su inquilino en el asistente y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The account you used isn&apos;t part of {tenant}.</source>
        <translation>La cuenta que usó no pertenece a {tenant}.</translation>
    </message>
    <message>
        <source>It is a personal account, an account of another tenant, or the user name is mistyped.</source>
        <translation>Es una cuenta personal, una cuenta de otro inquilino, o el nombre de usuario está mal escrito.</translation>
    </message>
    <message>
        <source>Sign out and use your work account from that organization (it also needs an admin role there).</source>
        <translation>Cierre sesión y use su cuenta profesional de esa organización (también necesita allí un rol de administrador).</translation>
    </message>
    <message>
        <source>Your external account can&apos;t complete this tenant&apos;s verification.</source>
        <translation>Su cuenta externa no puede completar la verificación de este inquilino.</translation>
    </message>
    <message>
        <source>A guest account cannot satisfy this tenant&apos;s multifactor authentication.</source>
        <translation>Una cuenta de invitado no puede cumplir la autenticación multifactor de este inquilino.</translation>
    </message>
    <message>
        <source>Use a member account of the tenant.</source>
        <translation>Use una cuenta miembro del inquilino.</translation>
    </message>
    <message>
        <source>Your network or a cross-tenant policy doesn&apos;t allow signing in to {tenant} with this account.</source>
        <translation>Su red o una directiva entre inquilinos no permite iniciar sesión en {tenant} con esta cuenta.</translation>
    </message>
    <message>
        <source>Tenant restrictions on your network, or a cross-tenant access policy, block this tenant.</source>
        <translation>Las restricciones de inquilino de su red, o una directiva de acceso entre inquilinos, bloquean este inquilino.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow that tenant, or use a member account of the target tenant or another network.</source>
        <translation>Pida a su equipo de TI que permita ese inquilino, o use una cuenta miembro del inquilino de destino u otra red.</translation>
    </message>
    <message>
        <source>As a partner admin you can only use apps the customer tenant has approved.</source>
        <translation>Como administrador de asociado, solo puede usar las aplicaciones que el inquilino del cliente haya aprobado.</translation>
    </message>
    <message>
        <source>The sign-in app has no consent in the customer tenant.</source>
        <translation>La aplicación de inicio de sesión no tiene consentimiento en el inquilino del cliente.</translation>
    </message>
    <message>
        <source>Have a customer admin consent to the wizard&apos;s app first: {consentUrl}</source>
        <translation>Pida primero a un administrador del cliente que dé su consentimiento a la aplicación del asistente: {consentUrl}</translation>
    </message>
    <message>
        <source>User name or password is incorrect.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Microsoft didn&apos;t accept the credentials entered.</source>
        <translation>Microsoft no aceptó las credenciales introducidas.</translation>
    </message>
    <message>
        <source>Try again or reset your password.</source>
        <translation>Inténtelo de nuevo o restablezca su contraseña.</translation>
    </message>
    <message>
        <source>The account is locked, blocked from this network, has an expired password, or is disabled.</source>
        <translation>La cuenta está bloqueada, bloqueada desde esta red, tiene una contraseña caducada o está deshabilitada.</translation>
    </message>
    <message>
        <source>Too many failed attempts, a flagged IP address, an expired password or a disabled account.</source>
        <translation>Demasiados intentos fallidos, una dirección IP marcada, una contraseña caducada o una cuenta deshabilitada.</translation>
    </message>
    <message>
        <source>Wait and retry, reset the password, or ask an admin to re-enable the account. An admin sees the exact reason in the Sign-in logs.</source>
        <translation>Espere y vuelva a intentarlo, restablezca la contraseña o pida a un administrador que vuelva a habilitar la cuenta. Un administrador ve el motivo exacto en los registros de inicio de sesión.</translation>
    </message>
    <message>
        <source>You aren&apos;t assigned to the sign-in app used by this wizard.</source>
        <translation>No está asignado a la aplicación de inicio de sesión que usa este asistente.</translation>
    </message>
    <message>
        <source>Assignment required is on for the app, and your account isn&apos;t assigned to it.</source>
        <translation>«¿Asignación requerida?» está activado para la aplicación y su cuenta no está asignada a ella.</translation>
    </message>
    <message>
        <source>Add your account under Enterprise applications → the sign-in app → Users and groups, or turn off Assignment required.</source>
        <translation>Agregue su cuenta en Aplicaciones empresariales → la aplicación de inicio de sesión → Usuarios y grupos, o desactive «¿Asignación requerida?».</translation>
    </message>
    <message>
        <source>The requested Microsoft service isn&apos;t available in this tenant.</source>
        <translation>El servicio de Microsoft solicitado no está disponible en este inquilino.</translation>
    </message>
    <message>
        <source>The tenant or the cloud (commercial, US Government, China) in Settings is probably wrong.</source>
        <translation>Probablemente el inquilino o la nube (comercial, US Government, China) de Configuración sean incorrectos.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud in Settings, then sign in again.</source>
        <translation>Compruebe el inquilino y la nube en Configuración y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Tenant {tenant} wasn&apos;t found.</source>
        <translation>No se encontró el inquilino {tenant}.</translation>
    </message>
    <message>
        <source>The tenant name is mistyped, not registered, or in another cloud.</source>
        <translation>El nombre del inquilino está mal escrito, no está registrado o está en otra nube.</translation>
    </message>
    <message>
        <source>Enter the tenant ID (GUID) or a verified domain.</source>
        <translation>Escriba el id. del inquilino (GUID) o un dominio comprobado.</translation>
    </message>
    <message>
        <source>Internal request error (invalid scope).</source>
        <translation>Error interno de solicitud (ámbito no válido).</translation>
    </message>
    <message>
        <source>Microsoft rejected the permissions the wizard asked for.</source>
        <translation>Microsoft rechazó los permisos que solicitó el asistente.</translation>
    </message>
    <message>
        <source>Please report this problem with the correlation ID.</source>
        <translation>Notifique este problema con el id. de correlación.</translation>
    </message>
    <message>
        <source>Your sign-in took too long or the saved session is no longer valid.</source>
        <translation>Su inicio de sesión tardó demasiado o la sesión guardada ya no es válida.</translation>
    </message>
    <message>
        <source>The sign-in code expired or the saved sign-in was revoked.</source>
        <translation>El código de inicio de sesión caducó o se revocó el inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>Sign-in was interrupted by an internal error.</source>
        <translation>Un error interno interrumpió el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in answer didn&apos;t belong to this sign-in attempt, or was used twice.</source>
        <translation>La respuesta de inicio de sesión no pertenecía a este intento de inicio de sesión o se usó dos veces.</translation>
    </message>
    <message>
        <source>Please start sign-in again. If it happens again, report it with the correlation ID.</source>
        <translation>Vuelva a iniciar sesión. Si vuelve a ocurrir, notifíquelo con el id. de correlación.</translation>
    </message>
    <message>
        <source>Your saved sign-in expired because the wizard wasn&apos;t used for a long time.</source>
        <translation>Su inicio de sesión guardado caducó porque el asistente no se usó durante mucho tiempo.</translation>
    </message>
    <message>
        <source>The saved refresh token expired after a long period without use.</source>
        <translation>El token de actualización guardado caducó tras un largo período sin uso.</translation>
    </message>
    <message>
        <source>Your saved sign-in was cancelled.</source>
        <translation>Se canceló su inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>The password was changed or an admin revoked your sessions.</source>
        <translation>Se cambió la contraseña o un administrador revocó sus sesiones.</translation>
    </message>
    <message>
        <source>Your organization requires you to confirm your sign-in again.</source>
        <translation>Su organización requiere que vuelva a confirmar su inicio de sesión.</translation>
    </message>
    <message>
        <source>The saved sign-in can&apos;t be renewed silently (sign-in frequency, expired MFA or a password change).</source>
        <translation>El inicio de sesión guardado no se puede renovar en segundo plano (frecuencia de inicio de sesión, MFA caducada o cambio de contraseña).</translation>
    </message>
    <message>
        <source>Consent for the sign-in app is missing in this tenant.</source>
        <translation>Falta el consentimiento para la aplicación de inicio de sesión en este inquilino.</translation>
    </message>
    <message>
        <source>Sign in as an administrator and grant consent, or ask an admin to approve the app: {consentUrl}</source>
        <translation>Inicie sesión como administrador y conceda el consentimiento, o pida a un administrador que apruebe la aplicación: {consentUrl}</translation>
    </message>
    <message>
        <source>Microsoft couldn&apos;t use the sign-in response.</source>
        <translation>Microsoft no pudo usar la respuesta de inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed or a saved value was damaged.</source>
        <translation>La solicitud de inicio de sesión tenía un formato incorrecto o un valor guardado estaba dañado.</translation>
    </message>
    <message>
        <source>Start sign-in again. If it keeps failing, send the correlation ID to support.</source>
        <translation>Vuelva a iniciar sesión. Si sigue fallando, envíe el id. de correlación al soporte.</translation>
    </message>
    <message>
        <source>Too many repeated sign-in requests.</source>
        <translation>Demasiadas solicitudes de inicio de sesión repetidas.</translation>
    </message>
    <message>
        <source>Microsoft detected a sign-in loop.</source>
        <translation>Microsoft detectó un bucle de inicio de sesión.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Microsoft sign-in is temporarily busy.</source>
        <translation>El inicio de sesión de Microsoft está ocupado temporalmente.</translation>
    </message>
    <message>
        <source>The sign-in service had a transient problem.</source>
        <translation>El servicio de inicio de sesión tuvo un problema transitorio.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in app is disabled in your tenant.</source>
        <translation>La aplicación de inicio de sesión está deshabilitada en su inquilino.</translation>
    </message>
    <message>
        <source>Its enterprise application is not enabled for users to sign in.</source>
        <translation>Su aplicación empresarial no está habilitada para que los usuarios inicien sesión.</translation>
    </message>
    <message>
        <source>Re-enable it in Enterprise applications → the app → Properties → Enabled for users to sign in.</source>
        <translation>Vuelva a habilitarla en Aplicaciones empresariales → la aplicación → Propiedades → «¿Habilitado para que los usuarios inicien sesión?».</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid.</source>
        <translation>Su inicio de sesión ya no es válido.</translation>
    </message>
    <message>
        <source>The sign-in code or the saved session was rejected by Microsoft.</source>
        <translation>Microsoft rechazó el código de inicio de sesión o la sesión guardada.</translation>
    </message>
    <message>
        <source>Sign-in with a code was declined.</source>
        <translation>Se rechazó el inicio de sesión con código.</translation>
    </message>
    <message>
        <source>The code sign-in was refused on the other device.</source>
        <translation>El inicio de sesión con código se rechazó en el otro dispositivo.</translation>
    </message>
    <message>
        <source>Start sign-in again and approve it.</source>
        <translation>Vuelva a iniciar sesión y apruébelo.</translation>
    </message>
    <message>
        <source>The sign-in code expired.</source>
        <translation>El código de inicio de sesión caducó.</translation>
    </message>
    <message>
        <source>It wasn&apos;t entered within its validity (about 15 minutes).</source>
        <translation>No se introdujo dentro de su período de validez (unos 15 minutos).</translation>
    </message>
    <message>
        <source>Get a new code and enter it.</source>
        <translation>Obtenga un código nuevo e introdúzcalo.</translation>
    </message>
    <message>
        <source>The sign-in code wasn&apos;t recognized.</source>
        <translation>No se reconoció el código de inicio de sesión.</translation>
    </message>
    <message>
        <source>The code entered doesn&apos;t match the one shown.</source>
        <translation>El código introducido no coincide con el que se muestra.</translation>
    </message>
    <message>
        <source>Get a new code and enter it exactly as shown.</source>
        <translation>Obtenga un código nuevo e introdúzcalo exactamente como se muestra.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>Esperando a que escriba el código…</translation>
    </message>
    <message>
        <source>Sign-in on the other device isn&apos;t finished yet.</source>
        <translation>El inicio de sesión en el otro dispositivo aún no ha terminado.</translation>
    </message>
    <message>
        <source>Enter the code shown and sign in.</source>
        <translation>Introduzca el código que se muestra e inicie sesión.</translation>
    </message>
    <message>
        <source>Sign-in returned to an unexpected address.</source>
        <translation>El inicio de sesión volvió a una dirección inesperada.</translation>
    </message>
    <message>
        <source>The answer didn&apos;t come back to the wizard&apos;s redirect URI.</source>
        <translation>La respuesta no volvió al URI de redirección del asistente.</translation>
    </message>
    <message>
        <source>Please start sign-in again.</source>
        <translation>Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach Microsoft.</source>
        <translation>El asistente no pudo conectar con Microsoft.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach %1.</source>
        <translation>El asistente no pudo conectar con %1.</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>La conexión falló: %1.</translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings, then retry.</source>
        <translation>Compruebe la conexión de red y la configuración del proxy y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Se canceló la operación.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1.</source>
        <translation>Microsoft Graph respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>Retry the step. If it keeps failing, send the diagnostics (with the request ID) to support.</source>
        <translation>Vuelva a ejecutar el paso. Si sigue fallando, envíe los diagnósticos (con el id. de la solicitud) al soporte técnico.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Microsoft sign-in.</source>
        <translation>No se pudo conectar con el inicio de sesión de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation>Error en el inicio de sesión de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft returned an error the wizard doesn&apos;t know.</source>
        <translation>Microsoft devolvió un error que el asistente no conoce.</translation>
    </message>
    <message>
        <source>Try signing in again. If it keeps failing, send the diagnostics (with the correlation ID) to support.</source>
        <translation>Vuelva a iniciar sesión. Si sigue fallando, envíe los diagnósticos (con el id. de correlación) al soporte técnico.</translation>
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
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates).</source>
        <translation>Vuelva a descargar el «XML de metadatos de federación» desde la aplicación Insightly SAML en Entra («Inicio de sesión único», «Certificados SAML»).</translation>
    </message>
    <message>
        <source>The metadata file</source>
        <translation>El archivo de metadatos</translation>
    </message>
    <message>
        <source>The metadata file can&apos;t be read.</source>
        <translation>No se puede leer el archivo de metadatos.</translation>
    </message>
    <message>
        <source>Its text isn&apos;t UTF-8, and it names no other encoding: it was probably converted or damaged after the download.</source>
        <translation>Su texto no está en UTF-8 y no indica ninguna otra codificación: probablemente se convirtió o se dañó después de la descarga.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does; the wizard doesn&apos;t read such files.</source>
        <translation>Declara un tipo de documento (DTD), algo que los metadatos nunca hacen; el asistente no lee esos archivos.</translation>
    </message>
    <message>
        <source>An element in it has far more attributes than metadata ever has.</source>
        <translation>Uno de sus elementos tiene muchos más atributos de los que tienen nunca unos metadatos.</translation>
    </message>
    <message>
        <source>Its elements nest far deeper than metadata ever does.</source>
        <translation>Sus elementos están anidados a mucha más profundidad que en unos metadatos.</translation>
    </message>
    <message>
        <source>It has far more elements than metadata ever has.</source>
        <translation>Tiene muchos más elementos de los que tienen nunca unos metadatos.</translation>
    </message>
</context>
<context>
    <name>GalleryApplication</name>
    <message>
        <source>Waiting for Microsoft Entra to finish creating the application… seen %1 of %2 times</source>
        <translation>Esperando a que Microsoft Entra termine de crear la aplicación… vista %1 de %2 veces</translation>
    </message>
    <message>
        <source>Microsoft Entra did not finish creating the application in time.</source>
        <translation>Microsoft Entra no terminó de crear la aplicación a tiempo.</translation>
    </message>
    <message>
        <source>The new application was not readable consistently (replication).</source>
        <translation>La nueva aplicación no se pudo leer de forma coherente (replicación).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the same application instead of creating another.</source>
        <translation>Espere unos minutos y vuelva a ejecutar este paso; continúa con la misma aplicación en lugar de crear otra.</translation>
    </message>
    <message>
        <source>Looking for an Insightly SAML application made earlier…</source>
        <translation>Buscando una aplicación Insightly SAML creada anteriormente…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist; choose the one to use.</source>
        <translation>Existen varias aplicaciones Insightly SAML; elija la que se usará.</translation>
    </message>
    <message>
        <source>Adding Insightly SAML from the gallery…</source>
        <translation>Agregando Insightly SAML desde la galería…</translation>
    </message>
    <message>
        <source>Insightly SAML was added; waiting for Microsoft Entra to finish creating it…</source>
        <translation>Se agregó Insightly SAML; esperando a que Microsoft Entra termine de crearla…</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer; checking whether the application was added…</source>
        <translation>Microsoft Entra no respondió; comprobando si se agregó la aplicación…</translation>
    </message>
    <message>
        <source>Insightly SAML could not be added.</source>
        <translation>No se pudo agregar Insightly SAML.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer the request to add the application.</source>
        <translation>Microsoft Entra no respondió a la solicitud para agregar la aplicación.</translation>
    </message>
    <message>
        <source>Check the network connection and run this step again; the wizard first looks for an application that may have been added.</source>
        <translation>Compruebe la conexión de red y vuelva a ejecutar este paso; el asistente busca primero una aplicación que se haya podido agregar.</translation>
    </message>
    <message>
        <source>The application object of Insightly SAML was not found.</source>
        <translation>No se encontró el objeto de aplicación de Insightly SAML.</translation>
    </message>
    <message>
        <source>Microsoft Entra lists the enterprise application but not its application registration.</source>
        <translation>Microsoft Entra muestra la aplicación empresarial, pero no su registro de aplicación.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again.</source>
        <translation>Espere unos minutos y vuelva a ejecutar este paso.</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to list the application…</source>
        <translation>Esperando a que Microsoft Entra muestre la aplicación…</translation>
    </message>
    <message>
        <source>Using the existing Insightly SAML application.</source>
        <translation>Se usa la aplicación Insightly SAML existente.</translation>
    </message>
    <message>
        <source>Looking for the Insightly SAML application of the existing setup…</source>
        <translation>Buscando la aplicación Insightly SAML de la configuración existente…</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>No se encontró ninguna aplicación Insightly SAML en este inquilino.</translation>
    </message>
    <message>
        <source>No enterprise application made from the Insightly SAML gallery entry exists, so there is no setup to work on.</source>
        <translation>No existe ninguna aplicación empresarial creada a partir de la entrada Insightly SAML de la galería, así que no hay ninguna configuración con la que trabajar.</translation>
    </message>
    <message>
        <source>Check that you signed in to the right tenant, or run a new setup first.</source>
        <translation>Compruebe que inició sesión en el inquilino correcto, o ejecute primero una configuración nueva.</translation>
    </message>
</context>
<context>
    <name>GalleryLookup</name>
    <message>
        <source>Looking for the application from the last run…</source>
        <translation>Buscando la aplicación de la última ejecución…</translation>
    </message>
    <message>
        <source>Looking for Insightly SAML in the Microsoft Entra gallery…</source>
        <translation>Buscando Insightly SAML en la galería de Microsoft Entra…</translation>
    </message>
    <message>
        <source>Insightly SAML was not found in the Microsoft Entra application gallery.</source>
        <translation>No se encontró Insightly SAML en la galería de aplicaciones de Microsoft Entra.</translation>
    </message>
    <message>
        <source>The gallery returned no application named &quot;Insightly SAML&quot;. The older &quot;Insightly&quot; entry offers only linked sign-on and cannot be used for SAML and provisioning.</source>
        <translation>La galería no devolvió ninguna aplicación llamada «Insightly SAML». La entrada anterior «Insightly» solo ofrece inicio de sesión vinculado y no sirve para SAML ni para el aprovisionamiento.</translation>
    </message>
    <message>
        <source>Check in the Entra admin center (Enterprise applications &gt; New application) that &quot;Insightly SAML&quot; is listed, then run this step again.</source>
        <translation>Compruebe en el Centro de administración de Microsoft Entra (Aplicaciones empresariales &gt; Nueva aplicación) que «Insightly SAML» aparece y vuelva a ejecutar este paso.</translation>
    </message>
    <message>
        <source>The Microsoft Entra gallery lists Insightly SAML more than once.</source>
        <translation>La galería de Microsoft Entra muestra Insightly SAML más de una vez.</translation>
    </message>
    <message numerus="yes">
        <source>%n gallery applications are named &quot;Insightly SAML&quot;; the wizard cannot tell which one is right.</source>
        <translation>
            <numerusform>%n aplicación de la galería se llama «Insightly SAML»; el asistente no puede saber cuál es la correcta.</numerusform>
            <numerusform>%n aplicaciones de la galería se llaman «Insightly SAML»; el asistente no puede saber cuál es la correcta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Insightly SAML by hand in the Entra admin center, then run the wizard again: it finds the application you added.</source>
        <translation>Agregue Insightly SAML manualmente en el Centro de administración de Microsoft Entra y vuelva a ejecutar el asistente: encontrará la aplicación que agregó.</translation>
    </message>
    <message>
        <source>The Insightly SAML gallery application does not offer what the wizard needs.</source>
        <translation>La aplicación Insightly SAML de la galería no ofrece lo que necesita el asistente.</translation>
    </message>
    <message>
        <source>It must support SAML single sign-on and automatic provisioning (SCIM); Entra lists sign-on modes &quot;%1&quot; and provisioning types &quot;%2&quot;.</source>
        <translation>Debe admitir el inicio de sesión único SAML y el aprovisionamiento automático (SCIM); Entra indica los modos de inicio de sesión «%1» y los tipos de aprovisionamiento «%2».</translation>
    </message>
    <message>
        <source>Set up Insightly by hand following Insightly&apos;s article, or contact Microsoft support about the gallery entry.</source>
        <translation>Configure Insightly manualmente siguiendo el artículo de Insightly, o póngase en contacto con el soporte de Microsoft por la entrada de la galería.</translation>
    </message>
</context>
<context>
    <name>HealthVerdict</name>
    <message>
        <source>Run the wizard and choose &quot;Check the status of an existing setup&quot;.</source>
        <translation>Ejecute el asistente y elija «Comprobar el estado de una configuración existente».</translation>
    </message>
    <message>
        <source>The SAML signing certificate has expired: nobody can sign in.</source>
        <translation>El certificado de firma SAML ha caducado: nadie puede iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>The SAML signing certificate expires in %n day(s).</source>
        <translation>
            <numerusform>El certificado de firma SAML caduca en %n día.</numerusform>
            <numerusform>El certificado de firma SAML caduca en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, but Entra signs with %2: sign-ins are rejected.</source>
        <translation>Insightly tiene el certificado %1, pero Entra firma con %2: se rechazan los inicios de sesión.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Cargue el certificado activo en Insightly, o vuelva a ejecutar el asistente y elija «Renovar el certificado de firma SAML de una configuración existente».</translation>
    </message>
    <message>
        <source>Run the wizard once and sign in: the check uses the saved session.</source>
        <translation>Ejecute el asistente una vez e inicie sesión: la comprobación usa la sesión guardada.</translation>
    </message>
    <message numerus="yes">
        <source>The SCIM token was saved %n day(s) ago.</source>
        <translation>
            <numerusform>El token SCIM se guardó hace %n día.</numerusform>
            <numerusform>El token SCIM se guardó hace %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SCIM token&quot;.</source>
        <translation>Vuelva a ejecutar el asistente y elija «Renovar el token SCIM de una configuración existente».</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>No se puede determinar</translation>
    </message>
    <message>
        <source>Insightly SSO: %1</source>
        <translation>Insightly SSO: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Acción: %1</translation>
    </message>
    <message>
        <source>Insightly SSO setup check — %1</source>
        <translation>Comprobación de la configuración de SSO de Insightly — %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Inquilino: %1</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Inquilino: %1 (%2)</translation>
    </message>
    <message>
        <source>Insightly: %1</source>
        <translation>Insightly: %1</translation>
    </message>
    <message>
        <source>Status: %1 (exit status %2)</source>
        <translation>Estado: %1 (código de salida %2)</translation>
    </message>
    <message>
        <source>Run the wizard on this computer to set up single sign-on (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Ejecute el asistente en este equipo para configurar el inicio de sesión único (o indique --tenant con el id. de inquilino de una configuración hecha aquí).</translation>
    </message>
    <message>
        <source>Run the wizard, sign in and choose &quot;Check the status of an existing setup&quot;: the check then uses that saved session.</source>
        <translation>Ejecute el asistente, inicie sesión y elija «Comprobar el estado de una configuración existente»: la comprobación usará entonces esa sesión guardada.</translation>
    </message>
</context>
<context>
    <name>InsightlyJournal</name>
    <message>
        <source>Asked to upload the new SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Se pidió cargar el nuevo certificado de firma SAML en la configuración SAML de Insightly.</translation>
    </message>
    <message>
        <source>Asked to upload the SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Se pidió cargar el certificado de firma SAML en la configuración SAML de Insightly.</translation>
    </message>
    <message>
        <source>Asked to enter Entra&apos;s Login URL and Identifier in Insightly&apos;s SAML settings.</source>
        <translation>Se pidió escribir la URL de inicio de sesión y el identificador de Entra en la configuración SAML de Insightly.</translation>
    </message>
    <message>
        <source>Insightly accepted a SAML sign-in from Entra.</source>
        <translation>Insightly aceptó un inicio de sesión SAML desde Entra.</translation>
    </message>
    <message>
        <source>Insightly did not accept the SAML sign-in from Entra.</source>
        <translation>Insightly no aceptó el inicio de sesión SAML desde Entra.</translation>
    </message>
    <message>
        <source>Asked to tick Enforce SAML Login in Insightly&apos;s SAML settings, now that a sign-in worked.</source>
        <translation>Se pidió marcar Enforce SAML Login en la configuración SAML de Insightly, ahora que un inicio de sesión funcionó.</translation>
    </message>
    <message>
        <source>The administrator confirmed that Enforce SAML Login is ticked.</source>
        <translation>El administrador confirmó que Enforce SAML Login está marcado.</translation>
    </message>
    <message>
        <source>Insightly&apos;s certificate now matches the one Entra signs with.</source>
        <translation>El certificado de Insightly ya coincide con el que usa Entra para firmar.</translation>
    </message>
    <message>
        <source>Insightly shows another certificate than the one Entra signs with.</source>
        <translation>Insightly muestra un certificado distinto del que usa Entra para firmar.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint answered the wizard&apos;s checks with the token.</source>
        <translation>El punto de conexión SCIM de Insightly superó las comprobaciones del asistente con el token.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint did not pass the wizard&apos;s checks: %1</source>
        <translation>El punto de conexión SCIM de Insightly no superó las comprobaciones del asistente: %1</translation>
    </message>
    <message>
        <source>Asked to enable SCIM provisioning in Insightly and copy its endpoint and token into the wizard.</source>
        <translation>Se pidió habilitar el aprovisionamiento SCIM en Insightly y copiar su punto de conexión y su token en el asistente.</translation>
    </message>
    <message>
        <source>Asked to regenerate the SCIM token in Insightly and copy the new one into the wizard.</source>
        <translation>Se pidió regenerar el token SCIM en Insightly y copiar el nuevo en el asistente.</translation>
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
    <message>
        <source>%1 is locked, so the credential saved there can&apos;t be seen. It hasn&apos;t been lost.</source>
        <translation>El almacén está bloqueado (%1), por lo que no se ve la credencial guardada en él. No se ha perdido.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet, or sign in to the desktop again), then retry.</source>
        <translation>Desbloquee su llavero (Contraseñas y claves, o KWallet, o vuelva a iniciar sesión en el escritorio) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock the keychain, then retry.</source>
        <translation>Desbloquee el llavero y vuelva a intentarlo.</translation>
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
    <name>Preflight</name>
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
    <name>PrincipalSearchModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ProvisioningStatus</name>
    <message>
        <source>Provisioning stopped before disabling more users in Insightly than your safety limit allows.</source>
        <translation>El aprovisionamiento se detuvo antes de deshabilitar en Insightly más usuarios de los que permite su límite de seguridad.</translation>
    </message>
    <message>
        <source>More users left the app&apos;s assignments in one cycle than the delete threshold.</source>
        <translation>En un ciclo salieron de las asignaciones de la aplicación más usuarios de los que permite el umbral de eliminación.</translation>
    </message>
    <message>
        <source>Check the assignments. If the removals are intended, allow them and restart provisioning; if not, fix the assignments and restart.</source>
        <translation>Compruebe las asignaciones. Si las eliminaciones son intencionadas, permítalas y reinicie el aprovisionamiento; si no, corrija las asignaciones y reinicie.</translation>
    </message>
    <message>
        <source>Provisioning is paused because too many users failed.</source>
        <translation>El aprovisionamiento está en pausa porque fallaron demasiados usuarios.</translation>
    </message>
    <message>
        <source>Microsoft stops a job when a large share of its operations fail.</source>
        <translation>Microsoft detiene un trabajo cuando falla una gran parte de sus operaciones.</translation>
    </message>
    <message>
        <source>Open the provisioning logs, fix the most common error, then restart provisioning.</source>
        <translation>Abra los registros de aprovisionamiento, corrija el error más frecuente y reinicie el aprovisionamiento.</translation>
    </message>
    <message>
        <source>Microsoft paused this provisioning job.</source>
        <translation>Microsoft pausó este trabajo de aprovisionamiento.</translation>
    </message>
    <message>
        <source>Microsoft detected a problem and quarantined the job.</source>
        <translation>Microsoft detectó un problema y puso el trabajo en cuarentena.</translation>
    </message>
    <message>
        <source>Open a support request with Microsoft, quoting the job ID.</source>
        <translation>Abra una solicitud de soporte con Microsoft e indique el id. del trabajo.</translation>
    </message>
    <message>
        <source>Provisioning to Insightly is paused (quarantine): Microsoft can&apos;t sign in to Insightly&apos;s SCIM endpoint.</source>
        <translation>El aprovisionamiento a Insightly está en pausa (cuarentena): Microsoft no puede iniciar sesión en el punto de conexión SCIM de Insightly.</translation>
    </message>
    <message>
        <source>The Secret Token was regenerated or has expired, or the SCIM URL changed.</source>
        <translation>El token secreto se regeneró o caducó, o la URL de SCIM cambió.</translation>
    </message>
    <message>
        <source>In Insightly, copy the current SCIM token (and endpoint), paste the new token here, test the connection, and save: the wizard then restarts provisioning.</source>
        <translation>En Insightly, copie el token SCIM actual (y el punto de conexión), pegue aquí el nuevo token, pruebe la conexión y guarde: el asistente reinicia entonces el aprovisionamiento.</translation>
    </message>
    <message>
        <source>Provisioning is paused for a reason Microsoft doesn&apos;t explain (%1).</source>
        <translation>El aprovisionamiento está en pausa por un motivo que Microsoft no explica (%1).</translation>
    </message>
    <message>
        <source>Check the provisioning logs; if nothing stands out, restart provisioning or contact Microsoft support.</source>
        <translation>Revise los registros de aprovisionamiento; si no destaca nada, reinicie el aprovisionamiento o póngase en contacto con el soporte de Microsoft.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Finished with errors for some users or groups</source>
        <translation>Finalizado con errores en algunos usuarios o grupos</translation>
    </message>
</context>
<context>
    <name>ReadableViews</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>the clear button of a text field</comment>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>RemovalPlan</name>
    <message>
        <source>The Insightly SAML enterprise application this wizard added (object id %1), with its signing certificates, user and group assignments and provisioning job.</source>
        <translation>La aplicación empresarial Insightly SAML que agregó este asistente (id. de objeto %1), con sus certificados de firma, sus asignaciones de usuarios y grupos y su trabajo de aprovisionamiento.</translation>
    </message>
    <message>
        <source>The Insightly SAML application (object id %1): it existed before this wizard used it, so the wizard does not delete it. Remove it in the Entra admin center under Enterprise applications if it is no longer needed.</source>
        <translation>La aplicación Insightly SAML (id. de objeto %1): ya existía antes de que este asistente la usara, por lo que el asistente no la elimina. Elimínela en el Centro de administración de Microsoft Entra, en Aplicaciones empresariales, si ya no la necesita.</translation>
    </message>
    <message>
        <source>The SCIM token and the Insightly API key this wizard kept in the system keychain.</source>
        <translation>El token SCIM y la clave de API de Insightly que este asistente guardó en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The wizard&apos;s saved progress for this setup (your sign-in to Entra is kept).</source>
        <translation>El progreso guardado del asistente para esta configuración (se conserva su inicio de sesión en Entra).</translation>
    </message>
    <message>
        <source>Microsoft Entra keeps a deleted application for 30 days: it can be restored under App registrations › Deleted applications.</source>
        <translation>Microsoft Entra conserva una aplicación eliminada durante 30 días: se puede restaurar en Registros de aplicaciones › Aplicaciones eliminadas.</translation>
    </message>
    <message>
        <source>First, in Insightly under System Settings › Security › SAML and SCIM, untick Enforce SAML Login — once the application is gone, nobody can sign in to Insightly through Microsoft Entra.</source>
        <translation>Primero, en Insightly, en «System Settings › Security › SAML and SCIM», desmarque «Enforce SAML Login»: una vez eliminada la aplicación, nadie podrá iniciar sesión en Insightly a través de Microsoft Entra.</translation>
    </message>
    <message>
        <source>Then remove the identity provider settings (the certificate) there, and turn SCIM provisioning off or regenerate its token so that the old one stops working.</source>
        <translation>Después, quite allí la configuración del proveedor de identidades (el certificado) y desactive el aprovisionamiento SCIM o regenere su token para que el antiguo deje de funcionar.</translation>
    </message>
</context>
<context>
    <name>SamlConfiguration</name>
    <message>
        <source>The Insightly sign-in page URL is missing or not a valid URL.</source>
        <translation>Falta la «Sign-in page URL» de Insightly o no es una URL válida.</translation>
    </message>
    <message>
        <source>Entra needs it as the application&apos;s Identifier and Reply URL.</source>
        <translation>Entra la necesita como identificador y URL de respuesta de la aplicación.</translation>
    </message>
    <message>
        <source>Go back to the Insightly step and enter the Sign-in page URL that Insightly shows under System Settings &gt; SAML.</source>
        <translation>Vuelva al paso de Insightly y escriba la «Sign-in page URL» que Insightly muestra en System Settings &gt; SAML.</translation>
    </message>
    <message>
        <source>Checking the single sign-on mode…</source>
        <translation>Comprobando el modo de inicio de sesión único…</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Activando el inicio de sesión único SAML…</translation>
    </message>
    <message>
        <source>Setting the Identifier and Reply URL to %1…</source>
        <translation>Estableciendo el identificador y la URL de respuesta en %1…</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Entra is still applying the SAML setting; trying again in %n s…</source>
        <translation>
            <numerusform>Microsoft Entra todavía está aplicando la configuración SAML; se reintentará en %n s…</numerusform>
            <numerusform>Microsoft Entra todavía está aplicando la configuración SAML; se reintentará en %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the SAML settings… seen %1 of %2 times</source>
        <translation>Confirmando la configuración SAML… vista %1 de %2 veces</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the SAML settings in time.</source>
        <translation>Microsoft Entra no confirmó la configuración SAML a tiempo.</translation>
    </message>
    <message>
        <source>The changed settings were not read back consistently (replication).</source>
        <translation>La configuración modificada no se volvió a leer de forma coherente (replicación).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; settings that are already right are not changed again.</source>
        <translation>Espere unos minutos y vuelva a ejecutar este paso; la configuración que ya es correcta no se vuelve a cambiar.</translation>
    </message>
    <message>
        <source>SAML single sign-on is set up with Identifier and Reply URL %1.</source>
        <translation>El inicio de sesión único SAML está configurado con el identificador y la URL de respuesta %1.</translation>
    </message>
</context>
<context>
    <name>SamlHandoffFiles</name>
    <message>
        <source>%1 could not be saved.</source>
        <translation>No se pudo guardar %1.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Elija otra carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML could not be downloaded.</source>
        <translation>No se pudo descargar el XML de metadatos de federación.</translation>
    </message>
    <message>
        <source>Microsoft Entra answered HTTP %1; a new application or certificate can take a few minutes to be published.</source>
        <translation>Microsoft Entra respondió HTTP %1; una nueva aplicación o un nuevo certificado pueden tardar unos minutos en publicarse.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or upload the Certificate (Base64) to Insightly instead.</source>
        <translation>Espere un minuto y vuelva a intentarlo, o cargue en su lugar el Certificado (Base64) en Insightly.</translation>
    </message>
    <message>
        <source>There is no active signing certificate yet.</source>
        <translation>Todavía no hay ningún certificado de firma activo.</translation>
    </message>
    <message>
        <source>The files carry the certificate Microsoft Entra signs with.</source>
        <translation>Los archivos contienen el certificado con el que firma Microsoft Entra.</translation>
    </message>
    <message>
        <source>Complete the certificate step first.</source>
        <translation>Complete primero el paso del certificado.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML cannot be downloaded.</source>
        <translation>No se puede descargar el XML de metadatos de federación.</translation>
    </message>
    <message>
        <source>The wizard has no network connection object.</source>
        <translation>El asistente no tiene ningún objeto de conexión de red.</translation>
    </message>
    <message>
        <source>Restart the wizard.</source>
        <translation>Reinicie el asistente.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The files are saved into an existing folder.</source>
        <translation>Los archivos se guardan en una carpeta existente.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>The wizard does not replace files without asking.</source>
        <translation>El asistente no reemplaza archivos sin preguntar.</translation>
    </message>
    <message>
        <source>Allow replacing it, or choose another folder.</source>
        <translation>Permita reemplazarlo o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Reading the signing certificate from Microsoft Entra…</source>
        <translation>Leyendo el certificado de firma de Microsoft Entra…</translation>
    </message>
    <message>
        <source>The signing certificate %1 was not found on the application.</source>
        <translation>No se encontró el certificado de firma %1 en la aplicación.</translation>
    </message>
    <message>
        <source>It was removed or replaced since it was chosen.</source>
        <translation>Se quitó o reemplazó después de elegirlo.</translation>
    </message>
    <message>
        <source>Go back to the certificate step and run it again.</source>
        <translation>Vuelva al paso del certificado y ejecútelo de nuevo.</translation>
    </message>
    <message>
        <source>Downloading the Federation Metadata XML…</source>
        <translation>Descargando el XML de metadatos de federación…</translation>
    </message>
    <message>
        <source>Microsoft Entra has not published the active certificate yet.</source>
        <translation>Microsoft Entra aún no ha publicado el certificado activo.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML still carries another signing certificate.</source>
        <translation>El XML de metadatos de federación todavía contiene otro certificado de firma.</translation>
    </message>
    <message>
        <source>The files for Insightly are saved in %1.</source>
        <translation>Los archivos para Insightly se guardaron en %1.</translation>
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
        <source>The captured value is too large to be a SAML response.</source>
        <translation>El valor capturado es demasiado grande para ser una respuesta SAML.</translation>
    </message>
    <message>
        <source>It is %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Tamaño: %1; las respuestas de Entra ocupan unos pocos kilobytes y el asistente lee como máximo %2.</translation>
    </message>
    <message>
        <source>It decodes to %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Tamaño descodificado: %1; las respuestas de Entra ocupan unos pocos kilobytes y el asistente lee como máximo %2.</translation>
    </message>
    <message>
        <source>It decodes to text that isn&apos;t UTF-8: it was cut off or altered.</source>
        <translation>Al descodificarlo se obtiene un texto que no está en UTF-8: se cortó o se alteró.</translation>
    </message>
    <message>
        <source>The captured value is not a SAML response Entra sent.</source>
        <translation>El valor capturado no es una respuesta SAML enviada por Entra.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which SAML forbids; the wizard doesn&apos;t read such documents.</source>
        <translation>Declara un tipo de documento (DTD), algo que SAML prohíbe; el asistente no lee esos documentos.</translation>
    </message>
    <message>
        <source>Its XML is far more deeply nested or has far more attributes than a SAML response ever has.</source>
        <translation>Su XML está anidado a mucha más profundidad o tiene muchos más atributos de los que tiene nunca una respuesta SAML.</translation>
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
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>En Insightly, abra «System Settings», «Security», «SAML and SCIM», marque «Enable SCIM Provisioning», guarde y copie el punto de conexión SCIM que aparece allí en «URL del inquilino».</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>En Insightly, abra «System Settings», «Security», «SAML and SCIM» y copie el token SCIM que aparece allí en «Token secreto».</translation>
    </message>
    <message>
        <source>The Tenant URL</source>
        <translation>La URL del inquilino</translation>
    </message>
    <message>
        <source>The Secret Token</source>
        <translation>El token secreto</translation>
    </message>
</context>
<context>
    <name>ScimProbeCli</name>
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
    <name>SetupOperation</name>
    <message>
        <source>The wizard is not signed in to Microsoft Entra.</source>
        <translation>El asistente no ha iniciado sesión en Microsoft Entra.</translation>
    </message>
    <message>
        <source>The sign-in session ended or was replaced.</source>
        <translation>La sesión de inicio de sesión terminó o se reemplazó.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in again.</source>
        <translation>Vuelva al paso de inicio de sesión y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The Insightly SAML application is not known yet.</source>
        <translation>Aún no se conoce la aplicación Insightly SAML.</translation>
    </message>
    <message>
        <source>This step changes the enterprise application created in Step 1.</source>
        <translation>Este paso cambia la aplicación empresarial creada en el paso 1.</translation>
    </message>
    <message>
        <source>Go back to Step 1 (Add Insightly SAML from the gallery) and complete it first.</source>
        <translation>Vuelva al paso 1 (Agregar Insightly SAML desde la galería) y complételo primero.</translation>
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
    <message>
        <source>This file holds too many certificates.</source>
        <translation>Este archivo contiene demasiados certificados.</translation>
    </message>
    <message>
        <source>It holds more than %1; the SAML signing certificate is one.</source>
        <translation>Contiene más de %1; el certificado de firma SAML es uno solo.</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>El archivo de certificado</translation>
    </message>
    <message>
        <source>This is a certificate authority&apos;s certificate, not a SAML signing certificate.</source>
        <translation>Este es el certificado de una entidad de certificación, no un certificado de firma SAML.</translation>
    </message>
    <message>
        <source>It is marked as a certificate authority (%1); Entra signs SAML responses with a certificate of its own.</source>
        <translation>Está marcado como entidad de certificación (%1); Entra firma las respuestas SAML con un certificado propio.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
</context>
<context>
    <name>SigningCertificates</name>
    <message>
        <source>Creating a SAML signing certificate valid until %1…</source>
        <translation>Creando un certificado de firma SAML válido hasta %1…</translation>
    </message>
    <message>
        <source>The new signing certificate could not be checked.</source>
        <translation>No se pudo comprobar el nuevo certificado de firma.</translation>
    </message>
    <message>
        <source>The thumbprint Microsoft Entra returned does not match the certificate it returned.</source>
        <translation>La huella digital que devolvió Microsoft Entra no coincide con el certificado que devolvió.</translation>
    </message>
    <message>
        <source>Run this step again. If it happens again, create the certificate in the Entra admin center (Single sign-on &gt; SAML Certificates).</source>
        <translation>Vuelva a ejecutar este paso. Si vuelve a ocurrir, cree el certificado en el Centro de administración de Microsoft Entra (Inicio de sesión único &gt; Certificados SAML).</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to show the new certificate… seen %1 of %2 times</source>
        <translation>Esperando a que Microsoft Entra muestre el nuevo certificado… visto %1 de %2 veces</translation>
    </message>
    <message>
        <source>The new signing certificate disappeared.</source>
        <translation>El nuevo certificado de firma desapareció.</translation>
    </message>
    <message>
        <source>It was seen and then no longer listed.</source>
        <translation>Se vio y después dejó de aparecer.</translation>
    </message>
    <message>
        <source>Run this step again.</source>
        <translation>Vuelva a ejecutar este paso.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Leyendo los certificados de firma SAML…</translation>
    </message>
    <message>
        <source>A new certificate from an earlier run is waiting to be activated.</source>
        <translation>Un certificado nuevo de una ejecución anterior está esperando a que se active.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the new certificate; checking whether it was created…</source>
        <translation>Microsoft Entra no confirmó el nuevo certificado; comprobando si se creó…</translation>
    </message>
</context>
<context>
    <name>StatusReportFormat</name>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2: %3</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>    Why: %1</source>
        <translation>    Por qué: %1</translation>
    </message>
    <message>
        <source>    Request ID: %1</source>
        <translation>    Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>    What to do: %1</source>
        <translation>    Qué hacer: %1</translation>
    </message>
    <message>
        <source>%1 — status report</source>
        <translation>%1 — informe de estado</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Leído el %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at %1</source>
        <translation>Los usuarios inician sesión en Insightly en %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at</source>
        <translation>Los usuarios inician sesión en Insightly en</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>Reading</source>
        <translation>Leyendo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Inquilino de Microsoft Entra</translation>
    </message>
    <message>
        <source>Insightly instance</source>
        <translation>Instancia de Insightly</translation>
    </message>
    <message>
        <source>Enterprise application</source>
        <translation>Aplicación empresarial</translation>
    </message>
    <message>
        <source>SAML single sign-on settings</source>
        <translation>Configuración del inicio de sesión único SAML</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>Certificado de firma SAML</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Prueba de inicio de sesión</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>Enforce SAML Login</translation>
    </message>
    <message>
        <source>Provisioning (SCIM)</source>
        <translation>Aprovisionamiento (SCIM)</translation>
    </message>
    <message>
        <source>SCIM token in the keychain</source>
        <translation>Token SCIM en el llavero</translation>
    </message>
    <message>
        <source>Assigned users and groups</source>
        <translation>Usuarios y grupos asignados</translation>
    </message>
</context>
<context>
    <name>StatusRowRules</name>
    <message>
        <source>Run the wizard again and choose &quot;Set up single sign-on and provisioning&quot;; %1 It keeps what is already set up.</source>
        <translation>Vuelva a ejecutar el asistente y elija «Configurar el inicio de sesión único y el aprovisionamiento»; %1 Se conserva lo que ya está configurado.</translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Vuelva a ejecutar el asistente y elija «Renovar el certificado de firma SAML de una configuración existente».</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>No se pudo leer: %1</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft Entra.</source>
        <translation>No ha iniciado sesión en Microsoft Entra.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Vuelva al paso de inicio de sesión e inicie sesión.</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, sesión iniciada como %2</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Id. de inquilino</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Roles de directorio</translation>
    </message>
    <message>
        <source>No Insightly instance is connected yet.</source>
        <translation>Todavía no hay ninguna instancia de Insightly conectada.</translation>
    </message>
    <message>
        <source>This computer has no record of the Insightly instance.</source>
        <translation>Este equipo no tiene registro de la instancia de Insightly.</translation>
    </message>
    <message>
        <source>the Insightly step reads the Sign-in page URL.</source>
        <translation>el paso de Insightly lee la «Sign-in page URL».</translation>
    </message>
    <message>
        <source>Sign-in page URL</source>
        <translation>Sign-in page URL</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Id. de instancia</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>No Insightly SAML enterprise application was found.</source>
        <translation>No se encontró ninguna aplicación empresarial Insightly SAML.</translation>
    </message>
    <message>
        <source>Step 1 adds Insightly SAML from the Microsoft Entra gallery.</source>
        <translation>El paso 1 agrega Insightly SAML desde la galería de Microsoft Entra.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists in Entra.</source>
        <translation>La aplicación registrada en la última ejecución ya no existe en Entra.</translation>
    </message>
    <message numerus="yes">
        <source>%n Insightly SAML applications exist; the wizard does not know which one Insightly uses.</source>
        <translation>
            <numerusform>Existe %n aplicación Insightly SAML; el asistente no sabe cuál usa Insightly.</numerusform>
            <numerusform>Existen %n aplicaciones Insightly SAML; el asistente no sabe cuál usa Insightly.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 lets you choose the application to keep using.</source>
        <translation>El paso 1 le permite elegir la aplicación que se seguirá usando.</translation>
    </message>
    <message>
        <source>application ID %1, created %2</source>
        <translation>id. de aplicación %1, creada el %2</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Encontrada: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists; this one was found by its gallery template.</source>
        <translation>La aplicación registrada en la última ejecución ya no existe; esta se encontró por su plantilla de la galería.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>Enterprise application object ID</source>
        <translation>Id. de objeto de la aplicación empresarial</translation>
    </message>
    <message>
        <source>Step 2 sets SAML mode, the Identifier and the Reply URL.</source>
        <translation>El paso 2 establece el modo SAML, el identificador y la URL de respuesta.</translation>
    </message>
    <message>
        <source>Single sign-on mode is &quot;%1&quot;, not SAML.</source>
        <translation>El modo de inicio de sesión único es «%1», no SAML.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin establecer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values; Insightly needs exactly one.</source>
        <translation>
            <numerusform>%1: %n valor; Insightly necesita exactamente uno.</numerusform>
            <numerusform>%1: %n valores; Insightly necesita exactamente uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 differs from Insightly&apos;s Sign-in page URL.</source>
        <translation>%1 difiere de la «Sign-in page URL» de Insightly.</translation>
    </message>
    <message>
        <source>Identifier (Entity ID)</source>
        <translation>Identificador (id. de entidad)</translation>
    </message>
    <message>
        <source>Reply URL</source>
        <translation>URL de respuesta</translation>
    </message>
    <message>
        <source>The Identifier and the Reply URL differ; both must be the Sign-in page URL.</source>
        <translation>El identificador y la URL de respuesta difieren; ambos deben ser la «Sign-in page URL».</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL are set (the Sign-in page URL is not recorded on this computer to compare with).</source>
        <translation>SAML; el identificador y la URL de respuesta están establecidos (la «Sign-in page URL» no está registrada en este equipo para compararla).</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL equal the Insightly Sign-in page URL.</source>
        <translation>SAML; el identificador y la URL de respuesta coinciden con la «Sign-in page URL» de Insightly.</translation>
    </message>
    <message>
        <source>Single sign-on mode</source>
        <translation>Modo de inicio de sesión único</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>The application has no SAML signing certificate: Entra cannot sign a sign-in (AADSTS50003).</source>
        <translation>La aplicación no tiene ningún certificado de firma SAML: Entra no puede firmar un inicio de sesión (AADSTS50003).</translation>
    </message>
    <message>
        <source>Step 2 creates the certificate and makes it active.</source>
        <translation>El paso 2 crea el certificado y lo activa.</translation>
    </message>
    <message>
        <source>No signing certificate is active (AADSTS50146 at sign-in).</source>
        <translation>No hay ningún certificado de firma activo (AADSTS50146 al iniciar sesión).</translation>
    </message>
    <message>
        <source>The active certificate expired on %1: nobody can sign in to Insightly.</source>
        <translation>El certificado activo caducó el %1: nadie puede iniciar sesión en Insightly.</translation>
    </message>
    <message numerus="yes">
        <source>The active certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>El certificado activo caduca en %n día, el %1.</numerusform>
            <numerusform>El certificado activo caduca en %n días, el %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active, valid until %1 (%n days left).</source>
        <translation>
            <numerusform>Activo, válido hasta el %1 (queda %n día).</numerusform>
            <numerusform>Activo, válido hasta el %1 (quedan %n días).</numerusform>
        </translation>
    </message>
    <message>
        <source>Active thumbprint</source>
        <translation>Huella digital activa</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>The active certificate is not the one this wizard gave Insightly (%1); Insightly rejects sign-ins unless it holds the active one.</source>
        <translation>El certificado activo no es el que este asistente entregó a Insightly (%1); Insightly rechaza los inicios de sesión si no tiene el activo.</translation>
    </message>
    <message>
        <source>Expiry notification e-mails</source>
        <translation>Correos de notificación de caducidad</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Nobody gets Microsoft&apos;s expiry e-mails (60, 30 and 7 days before).</source>
        <translation>Nadie recibe los correos de caducidad de Microsoft (60, 30 y 7 días antes).</translation>
    </message>
    <message>
        <source>Add a notification e-mail in Entra: Single sign-on › SAML Certificates › Edit.</source>
        <translation>Agregue un correo de notificación en Entra: Inicio de sesión único › Certificados SAML › Editar.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta el %2)</translation>
    </message>
    <message>
        <source>Inactive certificates</source>
        <translation>Certificados inactivos</translation>
    </message>
    <message>
        <source>Step 2 tests the sign-in.</source>
        <translation>El paso 2 prueba el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in has not been tested by this wizard.</source>
        <translation>Este asistente no ha probado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Passed on %1.</source>
        <translation>Superada el %1.</translation>
    </message>
    <message>
        <source>Failed on %1.</source>
        <translation>Con error el %1.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Confirmed on %1: Insightly users sign in through Microsoft Entra.</source>
        <translation>Confirmado el %1: los usuarios de Insightly inician sesión a través de Microsoft Entra.</translation>
    </message>
    <message>
        <source>Not confirmed: users may still sign in to Insightly with a password.</source>
        <translation>Sin confirmar: es posible que los usuarios todavía inicien sesión en Insightly con una contraseña.</translation>
    </message>
    <message>
        <source>In Insightly, open System Settings › Security › SAML and SCIM, tick Enforce SAML Login and save; then confirm it in Step 2 of the wizard.</source>
        <translation>En Insightly, abra «System Settings › Security › SAML and SCIM», marque «Enforce SAML Login» y guarde; después confírmelo en el paso 2 del asistente.</translation>
    </message>
    <message>
        <source>First pass the sign-in test; only then tick Enforce SAML Login in Insightly (System Settings › Security › SAML and SCIM) and save.</source>
        <translation>Primero supere la prueba de inicio de sesión; solo entonces marque «Enforce SAML Login» en Insightly («System Settings › Security › SAML and SCIM») y guarde.</translation>
    </message>
    <message>
        <source>Step 3 sets up provisioning with Insightly&apos;s SCIM endpoint and token.</source>
        <translation>El paso 3 configura el aprovisionamiento con el punto de conexión SCIM y el token de Insightly.</translation>
    </message>
    <message>
        <source>Provisioning is not set up.</source>
        <translation>El aprovisionamiento no está configurado.</translation>
    </message>
    <message>
        <source>In quarantine (%1): %2</source>
        <translation>En cuarentena (%1): %2</translation>
    </message>
    <message>
        <source>The Tenant URL and Secret Token are not saved.</source>
        <translation>La URL del inquilino y el token secreto no están guardados.</translation>
    </message>
    <message>
        <source>The last cycle failed: %1</source>
        <translation>El último ciclo falló: %1</translation>
    </message>
    <message>
        <source>Provisioning is paused (%1).</source>
        <translation>El aprovisionamiento está en pausa (%1).</translation>
    </message>
    <message>
        <source>In Entra, open the Insightly SAML application › Provisioning and select Start provisioning.</source>
        <translation>En Entra, abra la aplicación Insightly SAML › Aprovisionamiento y seleccione «Iniciar aprovisionamiento».</translation>
    </message>
    <message numerus="yes">
        <source>Running; %n user(s) could not be provisioned in the last cycle.</source>
        <translation>
            <numerusform>En ejecución; %n usuario no se pudo aprovisionar en el último ciclo.</numerusform>
            <numerusform>En ejecución; %n usuarios no se pudieron aprovisionar en el último ciclo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the provisioning logs in Entra (Insightly SAML › Provisioning logs) for each user&apos;s error.</source>
        <translation>Abra los registros de aprovisionamiento en Entra (Insightly SAML › Registros de aprovisionamiento) para ver el error de cada usuario.</translation>
    </message>
    <message>
        <source>Running; the first cycle has not finished yet (it can take a while in Entra).</source>
        <translation>En ejecución; el primer ciclo aún no ha terminado (puede tardar un rato en Entra).</translation>
    </message>
    <message>
        <source>Running; the last cycle succeeded on %1.</source>
        <translation>En ejecución; el último ciclo se completó correctamente el %1.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Último ciclo</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, finalizado el %2</translation>
    </message>
    <message>
        <source>Last successful cycle</source>
        <translation>Último ciclo correcto</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent, %3 failed, %4 users in sync</source>
        <translation>%1 en el ámbito, %2 cambios enviados, %3 con error, %4 usuarios sincronizados</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Estado estable</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>aún no alcanzado</translation>
    </message>
    <message>
        <source>Quarantine reason</source>
        <translation>Motivo de la cuarentena</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message</source>
        <translation>Mensaje de Microsoft</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain (not shown).</source>
        <translation>Guardado en el llavero de este equipo (no se muestra).</translation>
    </message>
    <message>
        <source>Not stored; provisioning is not set up.</source>
        <translation>No guardado; el aprovisionamiento no está configurado.</translation>
    </message>
    <message>
        <source>Not stored on this computer. Entra keeps its own copy, so provisioning is not affected.</source>
        <translation>No guardado en este equipo. Entra conserva su propia copia, así que el aprovisionamiento no se ve afectado.</translation>
    </message>
    <message>
        <source>Nothing to do unless provisioning fails; then regenerate the token in Insightly and save it in Step 3 of the wizard.</source>
        <translation>No hay nada que hacer salvo que el aprovisionamiento falle; en ese caso, regenere el token en Insightly y guárdelo en el paso 3 del asistente.</translation>
    </message>
    <message>
        <source>Step 4 assigns users and groups.</source>
        <translation>El paso 4 asigna usuarios y grupos.</translation>
    </message>
    <message>
        <source>Nobody is assigned: no user can sign in or be provisioned.</source>
        <translation>No hay nadie asignado: ningún usuario puede iniciar sesión ni ser aprovisionado.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) chosen in the last run are not done yet.</source>
        <translation>
            <numerusform>%n asignación elegida en la última ejecución aún no está hecha.</numerusform>
            <numerusform>%n asignaciones elegidas en la última ejecución aún no están hechas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) and %1 group(s) assigned.</source>
        <translation>
            <numerusform>%n usuario y %1 grupo(s) asignados.</numerusform>
            <numerusform>%n usuarios y %1 grupo(s) asignados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Other (applications)</source>
        <translation>Otros (aplicaciones)</translation>
    </message>
    <message>
        <source>Members of assigned groups are provisioned; groups nested in them are not.</source>
        <translation>Los miembros de los grupos asignados se aprovisionan; los grupos anidados en ellos, no.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Cargue el certificado activo en Insightly, o vuelva a ejecutar el asistente y elija «Renovar el certificado de firma SAML de una configuración existente».</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>a NUL character</source>
        <translation>un carácter NUL</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>una tabulación</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>el carácter de control U+%1</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 supera la longitud permitida.</translation>
    </message>
    <message>
        <source>It has %L1 characters; a valid value has at most %L2.</source>
        <translation>Longitud: %L1 caracteres; un valor válido tiene como máximo %L2.</translation>
    </message>
    <message>
        <source>Check that you copied only the value, not a whole page or file, and paste it again.</source>
        <translation>Compruebe que copió solo el valor, no una página o un archivo completos, y vuelva a pegarlo.</translation>
    </message>
    <message>
        <source>%1 contains an invisible character.</source>
        <translation>%1 contiene un carácter invisible.</translation>
    </message>
    <message>
        <source>It holds %1 at position %L2, which no valid value has.</source>
        <translation>El valor contiene %1 en la posición %L2, algo que ningún valor válido contiene.</translation>
    </message>
    <message>
        <source>Copy the value again from where it is shown, without anything around it, and paste it here. The wizard never uses part of a value.</source>
        <translation>Vuelva a copiar el valor desde donde se muestra, sin nada alrededor, y péguelo aquí. El asistente nunca usa solo una parte de un valor.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 supera el tamaño permitido.</translation>
    </message>
    <message>
        <source>It is %1; the wizard reads at most %2 for this.</source>
        <translation>Tamaño: %1; el asistente lee como máximo %2 en este caso.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>TlsProblem</name>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust.</source>
        <translation>El certificado de %1 lo emitió una entidad en la que este equipo no confía.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>El certificado de %1 expiró o todavía no es válido.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 was issued for another name.</source>
        <translation>El certificado presentado para %1 se emitió para otro nombre.</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked or is damaged.</source>
        <translation>El certificado de %1 se revocó o está dañado.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>No se pudo verificar la conexión segura con %1.</translation>
    </message>
    <message>
        <source>Nothing was sent to it.</source>
        <translation>No se le envió nada.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer. If your company inspects secure connections, its proxy&apos;s certificate authority must be trusted by this computer; otherwise do not continue.</source>
        <translation>Compruebe la fecha y la hora de este equipo. Si su empresa inspecciona las conexiones seguras, este equipo debe confiar en la entidad de certificación de su proxy; de lo contrario, no continúe.</translation>
    </message>
</context>
<context>
    <name>insightly::AppFlow</name>
    <message>
        <source>Looking for the Insightly SAML application…</source>
        <translation>Buscando la aplicación Insightly SAML…</translation>
    </message>
</context>
<context>
    <name>insightly::AppPage</name>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>Paso 1 — Agregar la aplicación Insightly SAML</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>La aplicación empresarial de la galería de Microsoft Entra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one. A new application takes a little while to appear everywhere in Entra; the wizard waits for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En el Centro de administración de Microsoft Entra, esto es &lt;b&gt;Aplicaciones empresariales › Nueva aplicación&lt;/b&gt;: buscar &lt;b&gt;Insightly SAML&lt;/b&gt; en la galería y agregarla.&lt;/p&gt;&lt;p&gt;El asistente busca primero una aplicación Insightly SAML existente y nunca crea una segunda. Una aplicación nueva tarda un poco en aparecer en todo Entra; el asistente la espera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Sin iniciar.</translation>
    </message>
    <message>
        <source>Progress of step 1</source>
        <translation>Progreso del paso 1</translation>
    </message>
    <message>
        <source>&amp;Find or add the application</source>
        <translation>&amp;Buscar o agregar la aplicación</translation>
    </message>
    <message>
        <source>Find or add the Insightly SAML application</source>
        <translation>Buscar o agregar la aplicación Insightly SAML</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel step 1</source>
        <translation>Cancelar el paso 1</translation>
    </message>
    <message>
        <source>Existing Insightly SAML applications</source>
        <translation>Aplicaciones Insightly SAML existentes</translation>
    </message>
    <message>
        <source>&amp;Use this application</source>
        <translation>&amp;Usar esta aplicación</translation>
    </message>
    <message>
        <source>Use the selected application</source>
        <translation>Usar la aplicación seleccionada</translation>
    </message>
    <message>
        <source>Result of step 1</source>
        <translation>Resultado del paso 1</translation>
    </message>
    <message>
        <source>%1 — created %2 — application id %3</source>
        <translation>%1 — creada %2 — id. de aplicación %3</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant. Choose the one Insightly users sign in with; the wizard does not pick one for you.</source>
        <translation>Existen varias aplicaciones Insightly SAML en este inquilino. Elija aquella con la que inician sesión los usuarios de Insightly; el asistente no elige por usted.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing more was changed; start again to continue where it stopped.</source>
        <translation>Cancelado. No se cambió nada más; vuelva a empezar para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>Step 1 did not finish.</source>
        <translation>El paso 1 no terminó.</translation>
    </message>
    <message>
        <source>Created the Insightly SAML application; Entra shows it everywhere now.</source>
        <translation>Se creó la aplicación Insightly SAML; Entra ya la muestra en todas partes.</translation>
    </message>
    <message>
        <source>Found the existing Insightly SAML application; nothing was created.</source>
        <translation>Se encontró la aplicación Insightly SAML existente; no se creó nada.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Application (client) id: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Application object id: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Enterprise application (service principal) object id: &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Id. de aplicación (cliente): &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Id. de objeto de la aplicación: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Id. de objeto de la aplicación empresarial (entidad de servicio): &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Reading what step 1 will change before it starts…</source>
        <translation>Leyendo lo que cambiará el paso 1 antes de empezar…</translation>
    </message>
</context>
<context>
    <name>insightly::AssignFlow</name>
    <message>
        <source>Assignments cannot be made yet.</source>
        <translation>Todavía no se pueden hacer asignaciones.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>No ha iniciado sesión en Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Vuelva al paso de inicio de sesión e inicie sesión.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>La aplicación empresarial Insightly SAML aún no se conoce.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Vuelva al paso 1 y agregue o elija la aplicación.</translation>
    </message>
    <message>
        <source>%1 of %2 assigned</source>
        <translation>%1 de %2 asignados</translation>
    </message>
    <message numerus="yes">
        <source>— %n per second</source>
        <translation>
            <numerusform>— %n por segundo</numerusform>
            <numerusform>— %n por segundo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %n second(s) left</source>
        <translation>
            <numerusform>— queda aproximadamente %n segundo</numerusform>
            <numerusform>— quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n waiting for Entra to replicate</source>
        <translation>
            <numerusform>— %n en espera de la replicación de Entra</numerusform>
            <numerusform>— %n en espera de la replicación de Entra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n failed</source>
        <translation>
            <numerusform>— %n con error</numerusform>
            <numerusform>— %n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the current assignments…</source>
        <translation>Leyendo las asignaciones actuales…</translation>
    </message>
    <message>
        <source>Assigning: %1</source>
        <translation>Asignando: %1</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Asignando…</translation>
    </message>
    <message>
        <source>Removing the selected assignments…</source>
        <translation>Quitando las asignaciones seleccionadas…</translation>
    </message>
    <message>
        <source>Provisioning the selected users in Insightly now…</source>
        <translation>Aprovisionando ahora los usuarios seleccionados en Insightly…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) are still queued; they continue when you come back to this step.</source>
        <translation>
            <numerusform>%n asignación sigue en cola; continuará cuando vuelva a este paso.</numerusform>
            <numerusform>%n asignaciones siguen en cola; continuarán cuando vuelva a este paso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is assigned yet: find users or groups and assign them.</source>
        <translation>Todavía no hay nadie asignado: busque usuarios o grupos y asígnelos.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned now: %1 and %2.</source>
        <translation>Asignados ahora: %1 y %2.</translation>
    </message>
    <message>
        <source>No user is selected.</source>
        <translation>No hay ningún usuario seleccionado.</translation>
    </message>
    <message>
        <source>Provision on demand works on assigned users.</source>
        <translation>«Aprovisionamiento a petición» funciona con usuarios asignados.</translation>
    </message>
    <message>
        <source>Select users in the list of current assignments.</source>
        <translation>Seleccione usuarios en la lista de asignaciones actuales.</translation>
    </message>
    <message>
        <source>Provisioning is not set up yet.</source>
        <translation>El aprovisionamiento aún no está configurado.</translation>
    </message>
    <message>
        <source>Step 3 has not saved and started provisioning.</source>
        <translation>El paso 3 no ha guardado ni iniciado el aprovisionamiento.</translation>
    </message>
    <message>
        <source>Go back to step 3, test and save the SCIM connection.</source>
        <translation>Vuelva al paso 3, pruebe y guarde la conexión SCIM.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPage</name>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>Paso 4 — Asignar usuarios y grupos</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Quién puede iniciar sesión en Insightly a través de Entra y quién se aprovisiona.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Assigning a group is faster than assigning its members one by one.&lt;/p&gt;&lt;p&gt;The lockout check lists the Insightly users who could not sign in while &lt;b&gt;Enforce SAML Login&lt;/b&gt; is ticked.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asigne los usuarios y grupos que usan Insightly. Su dirección de correo electrónico de Insightly debe coincidir con su nombre de inicio de sesión de Entra.&lt;/p&gt;&lt;p&gt;Asignar un grupo es más rápido que asignar sus miembros uno por uno.&lt;/p&gt;&lt;p&gt;La comprobación de bloqueos enumera los usuarios de Insightly que no podrían iniciar sesión mientras &lt;b&gt;Enforce SAML Login&lt;/b&gt; esté marcado.&lt;/p&gt;&lt;p&gt;Después, los usuarios inician sesión desde &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State of the assignments</source>
        <translation>Estado de las asignaciones</translation>
    </message>
    <message>
        <source>Step 4 tasks</source>
        <translation>Tareas del paso 4</translation>
    </message>
    <message>
        <source>F&amp;ind and assign</source>
        <translation>&amp;Buscar y asignar</translation>
    </message>
    <message>
        <source>Pro&amp;visioning</source>
        <translation>Apro&amp;visionamiento</translation>
    </message>
    <message>
        <source>Loc&amp;kout check</source>
        <translation>&amp;Comprobación de bloqueos</translation>
    </message>
    <message>
        <source>Assi&amp;gned (%1)</source>
        <translation>A&amp;signados (%1)</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPickerPanel</name>
    <message>
        <source>Find users and groups</source>
        <translation>Buscar usuarios y grupos</translation>
    </message>
    <message>
        <source>Name, e-mail or sign-in name</source>
        <translation>Nombre, correo electrónico o nombre de inicio de sesión</translation>
    </message>
    <message>
        <source>Find &amp;users and groups:</source>
        <translation>Buscar &amp;usuarios y grupos:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>Asi&amp;gnar selección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running assignment</source>
        <translation>Cancelar la asignación en curso</translation>
    </message>
    <message>
        <source>Assignment progress</source>
        <translation>Progreso de la asignación</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Assignment rate and time left</source>
        <translation>Velocidad de asignación y tiempo restante</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <source>Select users or groups in the search results first.</source>
        <translation>Seleccione primero usuarios o grupos en los resultados de la búsqueda.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignedUsersPanel</name>
    <message>
        <source>Current assignments</source>
        <translation>Asignaciones actuales</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar selección</translation>
    </message>
    <message>
        <source>Provision selected users n&amp;ow</source>
        <translation>Aprovisionar a&amp;hora los usuarios seleccionados</translation>
    </message>
    <message>
        <source>Creates the selected assigned users in Insightly now instead of waiting for the next provisioning cycle (at most 5 users per 10 seconds).</source>
        <translation>Crea ahora en Insightly los usuarios asignados seleccionados en lugar de esperar al siguiente ciclo de aprovisionamiento (como máximo 5 usuarios cada 10 segundos).</translation>
    </message>
    <message>
        <source>Provisioning results</source>
        <translation>Resultados del aprovisionamiento</translation>
    </message>
    <message>
        <source>User or step</source>
        <translation>Usuario o paso</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (usuario)</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateHandoff</name>
    <message>
        <source>The certificate file is not exported yet.</source>
        <translation>El archivo de certificado aún no se ha exportado.</translation>
    </message>
    <message>
        <source>Insightly&apos;s file field will get %1.</source>
        <translation>El campo de archivo de Insightly recibirá %1.</translation>
    </message>
    <message>
        <source>%1 was chosen in Insightly; now click Upload.</source>
        <translation>Se eligió %1 en Insightly; ahora haga clic en «Upload».</translation>
    </message>
    <message>
        <source>Insightly holds the certificate %1.</source>
        <translation>Insightly tiene el certificado %1.</translation>
    </message>
    <message>
        <source>Insightly holds another certificate (%1), not %2: upload %3.</source>
        <translation>Insightly tiene otro certificado (%1), no %2: cargue %3.</translation>
    </message>
    <message>
        <source>Insightly accepted the certificate: the sign-in test passed.</source>
        <translation>Insightly aceptó el certificado: se superó la prueba de inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateRotationFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Cancelado. Vuelva a empezar para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>This step of the rotation did not finish.</source>
        <translation>Este paso de la renovación no terminó.</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Buscando la configuración existente…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>Existen varias aplicaciones Insightly SAML en este inquilino.</translation>
    </message>
    <message>
        <source>The wizard cannot tell which one Insightly signs in with.</source>
        <translation>El asistente no puede saber con cuál inicia sesión Insightly.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its certificate.</source>
        <translation>Ejecute una configuración nueva y elija la aplicación en el paso 1; después renueve su certificado.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Leyendo los certificados de firma SAML…</translation>
    </message>
    <message>
        <source>The Insightly SAML application has no active signing certificate.</source>
        <translation>La aplicación Insightly SAML no tiene ningún certificado de firma activo.</translation>
    </message>
    <message>
        <source>There is nothing to rotate: Entra does not sign Insightly sign-ins yet.</source>
        <translation>No hay nada que renovar: Entra aún no firma los inicios de sesión en Insightly.</translation>
    </message>
    <message>
        <source>Run a new setup: its step 2 creates and activates the signing certificate.</source>
        <translation>Ejecute una configuración nueva: su paso 2 crea y activa el certificado de firma.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with %1.</source>
        <translation>&lt;b&gt;La renovación ha finalizado.&lt;/b&gt; Entra firma con %1.</translation>
    </message>
    <message>
        <source>Choose the validity, then create the new certificate.</source>
        <translation>Elija la validez y después cree el certificado nuevo.</translation>
    </message>
    <message>
        <source>Creating the new signing certificate…</source>
        <translation>Creando el nuevo certificado de firma…</translation>
    </message>
    <message>
        <source>Exporting the new certificate (Base64)…</source>
        <translation>Exportando el certificado nuevo (Base64)…</translation>
    </message>
    <message>
        <source>Previous certificate</source>
        <translation>Certificado anterior</translation>
    </message>
    <message>
        <source>The new certificate is active. Test one sign-in, then remove the old certificate — or roll back.</source>
        <translation>El certificado nuevo está activo. Pruebe un inicio de sesión y después quite el certificado antiguo, o reviértalo.</translation>
    </message>
    <message>
        <source>Exported. Upload the previous certificate in Insightly again, or upload the new one and activate it to retry.</source>
        <translation>Exportado. Vuelva a cargar el certificado anterior en Insightly, o cargue el nuevo y actívelo para volver a intentarlo.</translation>
    </message>
    <message>
        <source>Upload the new certificate in the Insightly tab, then activate it here at once.</source>
        <translation>Cargue el certificado nuevo en la pestaña de Insightly y actívelo aquí de inmediato.</translation>
    </message>
    <message>
        <source>Activating the new certificate…</source>
        <translation>Activando el certificado nuevo…</translation>
    </message>
    <message>
        <source>The new certificate is active: Entra signs with it. Test one sign-in now.</source>
        <translation>El certificado nuevo está activo: Entra firma con él. Pruebe ahora un inicio de sesión.</translation>
    </message>
    <message>
        <source>Removing the old certificate…</source>
        <translation>Quitando el certificado antiguo…</translation>
    </message>
    <message>
        <source>The old certificate is removed.</source>
        <translation>Se quitó el certificado antiguo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with the new certificate %1, which Insightly holds; the old certificate %2 is removed from the application.</source>
        <translation>&lt;b&gt;La renovación ha finalizado.&lt;/b&gt; Entra firma con el certificado nuevo %1, que tiene Insightly; el certificado antiguo %2 se quitó de la aplicación.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Volviendo al certificado anterior…</translation>
    </message>
    <message>
        <source>Rolled back: Entra signs with the previous certificate again.</source>
        <translation>Revertido: Entra vuelve a firmar con el certificado anterior.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; Entra signs with the previous certificate %1 again. &lt;b&gt;Now upload the previous certificate back in Insightly&lt;/b&gt; (%2): Insightly still holds the new one, so sign-ins fail until you do. The new certificate stays on the application, not active: run the rotation again to retry with it.</source>
        <translation>&lt;b&gt;Revertido.&lt;/b&gt; Entra vuelve a firmar con el certificado anterior %1. &lt;b&gt;Ahora vuelva a cargar el certificado anterior en Insightly&lt;/b&gt; (%2): Insightly todavía tiene el nuevo, así que los inicios de sesión fallan hasta que lo haga. El certificado nuevo permanece en la aplicación, no activo: vuelva a ejecutar la renovación para intentarlo de nuevo con él.</translation>
    </message>
</context>
<context>
    <name>insightly::ChangePlanPanel</name>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Lo que cambiará</translation>
    </message>
    <message>
        <source>What will change: not read yet</source>
        <translation>Lo que cambiará: aún no leído</translation>
    </message>
    <message>
        <source>Changes this step will make</source>
        <translation>Cambios que hará este paso</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>What will change: sign in to read it</source>
        <translation>Lo que cambiará: inicie sesión para leerlo</translation>
    </message>
    <message>
        <source>What will change: reading Microsoft Entra…</source>
        <translation>Lo que cambiará: leyendo Microsoft Entra…</translation>
    </message>
    <message>
        <source>What will change: could not be read (%1)</source>
        <translation>Lo que cambiará: no se pudo leer (%1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>you, in Insightly</source>
        <translation>usted, en Insightly</translation>
    </message>
    <message>
        <source>What will change: %1</source>
        <translation>Lo que cambiará: %1</translation>
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
        <source>Not secure — </source>
        <translation>No seguro — </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>No se pudo abrir la página %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened. %2
%3</source>
        <translation>La conexión con %1 no es segura, así que no se abrió la página. %2
%3</translation>
    </message>
</context>
<context>
    <name>insightly::FailurePanel</name>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnósticos</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyHandoffPanel</name>
    <message>
        <source>Upload the certificate to Insightly</source>
        <translation>Cargar el certificado en Insightly</translation>
    </message>
    <message>
        <source>Steps to upload the certificate in Insightly</source>
        <translation>Pasos para cargar el certificado en Insightly</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>Abrir la configuración &amp;SAML de Insightly</translation>
    </message>
    <message>
        <source>Certificate offered to Insightly</source>
        <translation>Certificado ofrecido a Insightly</translation>
    </message>
    <message>
        <source>Upload the new certificate to Insightly</source>
        <translation>Cargar el certificado nuevo en Insightly</translation>
    </message>
    <message>
        <source>&lt;li&gt;In the Insightly tab, sign in as an administrator and open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; — &lt;i&gt;Open Insightly&apos;s SAML settings&lt;/i&gt; does it for you.&lt;/li&gt;&lt;li&gt;Click the identity provider certificate&apos;s file field: the wizard offers &lt;b&gt;Insightly SAML.cer&lt;/b&gt; already chosen.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;En la pestaña de Insightly, inicie sesión como administrador y abra &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;; &lt;i&gt;Abrir la configuración SAML de Insightly&lt;/i&gt; lo hace por usted.&lt;/li&gt;&lt;li&gt;Haga clic en el campo de archivo del certificado del proveedor de identidades: el asistente ofrece &lt;b&gt;Insightly SAML.cer&lt;/b&gt; ya elegido.&lt;/li&gt;&lt;li&gt;Haga clic en &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Then activate the new certificate here at once: sign-ins fail between the upload and the activation.</source>
        <translation>Después, active aquí de inmediato el certificado nuevo: los inicios de sesión fallan entre la carga y la activación.</translation>
    </message>
    <message>
        <source>Do &lt;b&gt;not&lt;/b&gt; tick &lt;i&gt;Enforce SAML Login&lt;/i&gt; yet: test the sign-in first.</source>
        <translation>&lt;b&gt;No&lt;/b&gt; marque todavía &lt;i&gt;Enforce SAML Login&lt;/i&gt;: pruebe primero el inicio de sesión.</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the Insightly tab</source>
        <translation>Abrir la configuración SAML de Insightly en la pestaña de Insightly</translation>
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
    <name>insightly::InstancePage</name>
    <message>
        <source>Your Insightly instance</source>
        <translation>Su instancia de Insightly</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Copie la «Sign-in page URL» de Insightly en el asistente.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in to Insightly in the tab below (or in your usual browser).&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here, or use &lt;i&gt;Take the URL from this page&lt;/i&gt;. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Optionally give an Insightly API key (User Settings › API key): the wizard then confirms the instance and that you are an Insightly administrator.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Inicie sesión en Insightly en la pestaña de abajo (o en su explorador habitual).&lt;/li&gt;&lt;li&gt;Abra &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copie la &lt;b&gt;Sign-in page URL&lt;/b&gt;. Tiene este aspecto: &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Péguela aquí o use &lt;i&gt;Tomar la URL de esta página&lt;/i&gt;. El asistente la usa como identificador (id. de entidad) y como URL de respuesta.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Opcionalmente, indique una clave de API de Insightly (User Settings › API key): el asistente confirma entonces la instancia y que usted es administrador de Insightly.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insightly Sign-in page URL</source>
        <translation>«Sign-in page URL» de Insightly</translation>
    </message>
    <message>
        <source>&amp;Sign-in page URL:</source>
        <translation>«&amp;Sign-in page URL»:</translation>
    </message>
    <message>
        <source>Check of the Sign-in page URL</source>
        <translation>Comprobación de la «Sign-in page URL»</translation>
    </message>
    <message>
        <source>Insightly pod</source>
        <translation>Pod de Insightly</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Insightly API key (optional)</source>
        <translation>Clave de API de Insightly (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Check &amp;key</source>
        <translation>Comprobar &amp;clave</translation>
    </message>
    <message>
        <source>Check the Insightly API key</source>
        <translation>Comprobar la clave de API de Insightly</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>C&amp;lave de API de Insightly:</translation>
    </message>
    <message>
        <source>Result of the API key check</source>
        <translation>Resultado de la comprobación de la clave de API</translation>
    </message>
    <message>
        <source>Insightly pod to open</source>
        <translation>Pod de Insightly que se abrirá</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>A&amp;brir la configuración SAML de Insightly</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the tab below</source>
        <translation>Abrir la configuración SAML de Insightly en la pestaña de abajo</translation>
    </message>
    <message>
        <source>&amp;Take the URL from this page</source>
        <translation>&amp;Tomar la URL de esta página</translation>
    </message>
    <message>
        <source>Take the Sign-in page URL from the Insightly page</source>
        <translation>Tomar la «Sign-in page URL» de la página de Insightly</translation>
    </message>
    <message>
        <source>Paste Insightly&apos;s Sign-in page URL.</source>
        <translation>Pegue la «Sign-in page URL» de Insightly.</translation>
    </message>
    <message>
        <source>This is a Sign-in page URL (instance %1).</source>
        <translation>Esta es una «Sign-in page URL» (instancia %1).</translation>
    </message>
    <message>
        <source>The Sign-in page URL is not on the page shown. Sign in to Insightly, open System Settings › Security › SAML and SCIM, then try again — or copy the URL by hand.</source>
        <translation>La «Sign-in page URL» no está en la página mostrada. Inicie sesión en Insightly, abra System Settings › Security › SAML and SCIM y vuelva a intentarlo, o copie la URL a mano.</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Escriba primero la clave de API.</translation>
    </message>
    <message>
        <source>Enter a valid Sign-in page URL first: it names the instance.</source>
        <translation>Escriba primero una «Sign-in page URL» válida: identifica la instancia.</translation>
    </message>
    <message>
        <source>Checking the key with Insightly…</source>
        <translation>Comprobando la clave con Insightly…</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator of this Insightly instance. It was saved in the system keychain.</source>
        <translation>La clave pertenece a %1, administrador de esta instancia de Insightly. Se guardó en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator, but it could not be saved: %2</source>
        <translation>La clave pertenece a %1, administrador, pero no se pudo guardar: %2</translation>
    </message>
</context>
<context>
    <name>insightly::ItemDetails</name>
    <message>
        <source>The selected row in full</source>
        <translation>La fila seleccionada completa</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckFlow</name>
    <message>
        <source>The lockout check cannot run yet.</source>
        <translation>La comprobación de bloqueos todavía no se puede ejecutar.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>No ha iniciado sesión en Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Vuelva al paso de inicio de sesión e inicie sesión.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>La aplicación empresarial Insightly SAML aún no se conoce.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Vuelva al paso 1 y agregue o elija la aplicación.</translation>
    </message>
    <message>
        <source>Your Insightly instance is not known yet.</source>
        <translation>Aún no se conoce su instancia de Insightly.</translation>
    </message>
    <message>
        <source>Go back to the Insightly instance page and confirm your Sign-in page URL.</source>
        <translation>Vuelva a la página de la instancia de Insightly y confirme su «Sign-in page URL».</translation>
    </message>
    <message>
        <source>The Insightly API key is needed for this check.</source>
        <translation>Esta comprobación necesita la clave de API de Insightly.</translation>
    </message>
    <message>
        <source>It reads Insightly&apos;s user list to compare it with the assignments in Entra.</source>
        <translation>Lee la lista de usuarios de Insightly para compararla con las asignaciones de Entra.</translation>
    </message>
    <message>
        <source>In Insightly, open User Settings › API key, copy it, and paste it here.</source>
        <translation>En Insightly, abra «User Settings» › «API key», cópiela y péguela aquí.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no comprobado.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>No se pudo ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>Comparing Insightly&apos;s users with the assignments in Entra…</source>
        <translation>Comparando los usuarios de Insightly con las asignaciones de Entra…</translation>
    </message>
    <message numerus="yes">
        <source>Every active Insightly user (%n) can sign in through Entra.</source>
        <translation>
            <numerusform>El usuario activo de Insightly (%n) puede iniciar sesión a través de Entra.</numerusform>
            <numerusform>Todos los usuarios activos de Insightly (%n) pueden iniciar sesión a través de Entra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 active Insightly user(s) could not sign in once SAML login is enforced.</source>
        <translation>
            <numerusform>%n de %1 usuarios activos de Insightly no podría iniciar sesión una vez que se exija el inicio de sesión SAML.</numerusform>
            <numerusform>%n de %1 usuarios activos de Insightly no podrían iniciar sesión una vez que se exija el inicio de sesión SAML.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them can be fixed by assigning their Entra user.</source>
        <translation>
            <numerusform>%n de ellos se puede corregir asignando su usuario de Entra.</numerusform>
            <numerusform>%n de ellos se pueden corregir asignando su usuario de Entra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly has more users than the check reads; the list may be incomplete.</source>
        <translation>Insightly tiene más usuarios de los que lee la comprobación; la lista puede estar incompleta.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Usted: %1</translation>
    </message>
    <message>
        <source> — Entra user %1 is not assigned</source>
        <translation> — el usuario de Entra %1 no está asignado</translation>
    </message>
    <message>
        <source> — no Entra user with this e-mail</source>
        <translation> — ningún usuario de Entra con este correo electrónico</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckPanel</name>
    <message>
        <source>What the lockout check does</source>
        <translation>Qué hace la comprobación de bloqueos</translation>
    </message>
    <message>
        <source>Once Enforce SAML Login is ticked in Insightly, only users assigned in Entra can sign in. The check compares Insightly&apos;s active users with the assignments. It reads Insightly&apos;s user list with your API key (Insightly: User Settings › API key), kept in the system keychain.</source>
        <translation>Una vez marcado «Enforce SAML Login» en Insightly, solo pueden iniciar sesión los usuarios asignados en Entra. La comprobación compara los usuarios activos de Insightly con las asignaciones. Lee la lista de usuarios de Insightly con su clave de API (Insightly: «User Settings» › «API key»), guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Insightly API key</source>
        <translation>Clave de API de Insightly</translation>
    </message>
    <message>
        <source>Empty: the key kept in the keychain</source>
        <translation>Vacío: la clave guardada en el llavero</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>C&amp;lave de API de Insightly:</translation>
    </message>
    <message>
        <source>Check for &amp;lockouts</source>
        <translation>C&amp;omprobar bloqueos</translation>
    </message>
    <message>
        <source>Result of the lockout check</source>
        <translation>Resultado de la comprobación de bloqueos</translation>
    </message>
    <message>
        <source>Insightly users who could not sign in</source>
        <translation>Usuarios de Insightly que no podrían iniciar sesión</translation>
    </message>
    <message>
        <source>Assign the &amp;matching Entra users</source>
        <translation>Asignar los usuarios de En&amp;tra correspondientes</translation>
    </message>
    <message>
        <source>Assigning the matching Entra users…</source>
        <translation>Asignando los usuarios de Entra correspondientes…</translation>
    </message>
</context>
<context>
    <name>insightly::OperationView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progreso: %1</translation>
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
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Result of the checks</source>
        <translation>Resultado de las comprobaciones</translation>
    </message>
</context>
<context>
    <name>insightly::ReminderSchedule</name>
    <message>
        <source>The weekly check needs the program&apos;s path and the tenant.</source>
        <translation>La comprobación semanal necesita la ruta del programa y el inquilino.</translation>
    </message>
    <message>
        <source>The schedule could not be written to %1.</source>
        <translation>No se pudo escribir la programación en %1.</translation>
    </message>
    <message>
        <source>The weekly check is saved in %1, but no user systemd runs here to start it. It starts with your next desktop session, or now with: systemctl --user enable --now %2.timer</source>
        <translation>La comprobación semanal está guardada en %1, pero aquí no se ejecuta ningún systemd de usuario que la inicie. Se iniciará con su próxima sesión de escritorio, o ahora con: systemctl --user enable --now %2.timer</translation>
    </message>
    <message>
        <source>The weekly check is saved, but systemd did not start its timer: %1</source>
        <translation>La comprobación semanal está guardada, pero systemd no inició su temporizador: %1</translation>
    </message>
    <message>
        <source>The weekly check is saved, but launchd did not load it: %1</source>
        <translation>La comprobación semanal está guardada, pero launchd no la cargó: %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the weekly check: %1</source>
        <translation>El Programador de tareas no aceptó la comprobación semanal: %1</translation>
    </message>
    <message>
        <source>The setup is now checked every Monday; you get a notification when it needs attention.</source>
        <translation>La configuración se comprueba ahora todos los lunes; recibirá una notificación cuando requiera atención.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>No se pudo quitar %1.</translation>
    </message>
    <message>
        <source>The weekly check is removed.</source>
        <translation>La comprobación semanal se ha quitado.</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupDialog</name>
    <message>
        <source>Removed:</source>
        <translation>Eliminado:</translation>
    </message>
    <message>
        <source>Not touched:</source>
        <translation>Sin cambios:</translation>
    </message>
    <message>
        <source>In Insightly (the wizard cannot do this for you):</source>
        <translation>En Insightly (el asistente no puede hacerlo por usted):</translation>
    </message>
    <message>
        <source>Remove what this wizard created</source>
        <translation>Eliminar lo que creó este asistente</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Qué se eliminará</translation>
    </message>
    <message>
        <source>I have &amp;unticked Enforce SAML Login in Insightly, or I accept that SAML sign-in stops working</source>
        <translation>He &amp;desmarcado «Enforce SAML Login» en Insightly, o acepto que el inicio de sesión SAML deje de funcionar</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>Estado de la eliminación</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Keep everything</source>
        <translation>&amp;Mantener todo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Eliminado: %1</translation>
    </message>
    <message>
        <source>Already removed: %1</source>
        <translation>Ya eliminado: %1</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupFlow</name>
    <message>
        <source>Nothing was removed: the wizard is not signed in to Microsoft Entra.</source>
        <translation>No se eliminó nada: el asistente no ha iniciado sesión en Microsoft Entra.</translation>
    </message>
    <message>
        <source>Sign in again, then remove the setup.</source>
        <translation>Vuelva a iniciar sesión y después elimine la configuración.</translation>
    </message>
    <message>
        <source>Deleting the Insightly SAML application in Microsoft Entra…</source>
        <translation>Eliminando la aplicación Insightly SAML en Microsoft Entra…</translation>
    </message>
    <message>
        <source>Removing the setup&apos;s secrets from the system keychain…</source>
        <translation>Quitando los secretos de la configuración del llavero del sistema…</translation>
    </message>
    <message>
        <source>A secret could not be removed from the system keychain.</source>
        <translation>No se pudo quitar un secreto del llavero del sistema.</translation>
    </message>
    <message>
        <source>Unlock the keychain and remove the setup again: what was already removed stays removed.</source>
        <translation>Desbloquee el llavero y vuelva a eliminar la configuración: lo que ya se eliminó sigue eliminado.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Eliminado.</translation>
    </message>
</context>
<context>
    <name>insightly::RotateCertificatePage</name>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>Renovar el certificado de firma SAML</translation>
    </message>
    <message>
        <source>A new certificate for Insightly with the shortest possible cut-over, and a way back.</source>
        <translation>Un certificado nuevo para Insightly con el cambio más breve posible y una forma de volver atrás.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create the new certificate: Entra keeps signing with the current one.&lt;/li&gt;&lt;li&gt;Upload the new &lt;b&gt;Certificate (Base64)&lt;/b&gt; in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;At once, &lt;b&gt;activate&lt;/b&gt; it here: Insightly holds one certificate, so sign-ins fail between the upload and the activation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test&lt;/b&gt; one sign-in.&lt;/li&gt;&lt;li&gt;It works: &lt;b&gt;remove the old certificate&lt;/b&gt;. It does not: &lt;b&gt;roll back&lt;/b&gt; and upload the previous certificate in Insightly again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Cree el certificado nuevo: Entra sigue firmando con el actual.&lt;/li&gt;&lt;li&gt;Cargue el nuevo &lt;b&gt;Certificado (Base64)&lt;/b&gt; en la configuración SAML de Insightly.&lt;/li&gt;&lt;li&gt;Enseguida, &lt;b&gt;actívelo&lt;/b&gt; aquí: Insightly guarda un solo certificado, así que los inicios de sesión fallan entre la carga y la activación.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pruebe&lt;/b&gt; un inicio de sesión.&lt;/li&gt;&lt;li&gt;Funciona: &lt;b&gt;quite el certificado antiguo&lt;/b&gt;. No funciona: &lt;b&gt;reviértalo&lt;/b&gt; y vuelva a cargar el certificado anterior en Insightly.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The current signing certificate</source>
        <translation>El certificado de firma actual</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Buscando la configuración existente…</translation>
    </message>
    <message>
        <source>Validity of the new signing certificate, in years</source>
        <translation>Validez del nuevo certificado de firma, en años</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Nuevo certificado &amp;válido durante:</translation>
    </message>
    <message>
        <source>Folder for the new and the previous certificate files</source>
        <translation>Carpeta para los archivos del certificado nuevo y del anterior</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Certificate rotation</source>
        <translation>Renovación del certificado</translation>
    </message>
    <message>
        <source>Choose the folder for the certificate files</source>
        <translation>Elegir la carpeta para los archivos de certificado</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>&amp;Guardar archivos en:</translation>
    </message>
    <message>
        <source>C&amp;reate the new certificate</source>
        <translation>C&amp;rear el certificado nuevo</translation>
    </message>
    <message>
        <source>Create the new signing certificate, not active yet, and export it</source>
        <translation>Crear el nuevo certificado de firma, aún no activo, y exportarlo</translation>
    </message>
    <message>
        <source>Cancel the running certificate operation</source>
        <translation>Cancelar la operación de certificado en curso</translation>
    </message>
    <message>
        <source>Exported certificate files</source>
        <translation>Archivos de certificado exportados</translation>
    </message>
    <message>
        <source>How the cut-over works</source>
        <translation>Cómo funciona el cambio</translation>
    </message>
    <message>
        <source>&amp;Activate the new certificate</source>
        <translation>Ac&amp;tivar el certificado nuevo</translation>
    </message>
    <message>
        <source>Activate the new certificate in Entra (after the upload in Insightly)</source>
        <translation>Activar el certificado nuevo en Entra (después de cargarlo en Insightly)</translation>
    </message>
    <message>
        <source>Re&amp;move the old certificate</source>
        <translation>&amp;Quitar el certificado antiguo</translation>
    </message>
    <message>
        <source>Remove the old signing certificate from the application</source>
        <translation>Quitar el certificado de firma antiguo de la aplicación</translation>
    </message>
    <message>
        <source>Roll back: make the previous certificate active again</source>
        <translation>Revertir: volver a activar el certificado anterior</translation>
    </message>
    <message>
        <source>Result of the rotation</source>
        <translation>Resultado de la renovación</translation>
    </message>
    <message>
        <source>&amp;Look for the setup again</source>
        <translation>&amp;Buscar de nuevo la configuración</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>no activo</translation>
    </message>
    <message>
        <source>new, not active yet</source>
        <translation>nuevo, aún no activo</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>%1 — %2, expires %3 (%4)</source>
        <translation>%1 — %2, caduca el %3 (%4)</translation>
    </message>
    <message>
        <source>The application has no signing certificate.</source>
        <translation>La aplicación no tiene ningún certificado de firma.</translation>
    </message>
    <message>
        <source>Signing certificates of the Insightly SAML application:</source>
        <translation>Certificados de firma de la aplicación Insightly SAML:</translation>
    </message>
    <message>
        <source>Folder for the certificate files</source>
        <translation>Carpeta para los archivos de certificado</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Elija una carpeta en la que el asistente pueda escribir.</translation>
    </message>
    <message>
        <source>New certificate: %1
Previous certificate, for a rollback: %2</source>
        <translation>Certificado nuevo: %1
Certificado anterior, para revertir: %2</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>the rotation</source>
        <translation>Renovación del certificado</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cut-over.&lt;/b&gt; Insightly holds one certificate: from the moment you upload the new one until you click &lt;i&gt;Activate the new certificate&lt;/i&gt;, sign-ins to Insightly fail. Upload it in the Insightly tab, then activate it here right away.</source>
        <translation>&lt;b&gt;El cambio.&lt;/b&gt; Insightly tiene un solo certificado: desde que carga el nuevo hasta que hace clic en &lt;i&gt;Activar el certificado nuevo&lt;/i&gt;, los inicios de sesión en Insightly fallan. Cárguelo en la pestaña de Insightly y actívelo aquí de inmediato.</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Prueba de inicio de sesión</translation>
    </message>
    <message>
        <source>Roll bac&amp;k</source>
        <translation>Revert&amp;ir</translation>
    </message>
    <message>
        <source>Ex&amp;port the certificates again</source>
        <translation>E&amp;xportar de nuevo los certificados</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
</context>
<context>
    <name>insightly::RotateScimTokenPage</name>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>Renovar el token SCIM</translation>
    </message>
    <message>
        <source>A new Secret Token from Insightly, tested and saved in Entra.</source>
        <translation>Un nuevo token secreto de Insightly, probado y guardado en Entra.</translation>
    </message>
    <message>
        <source>Where to regenerate the token</source>
        <translation>Dónde regenerar el token</translation>
    </message>
    <message>
        <source>New Secret Token (Insightly&apos;s regenerated SCIM token)</source>
        <translation>Nuevo token secreto (el token SCIM regenerado de Insightly)</translation>
    </message>
    <message>
        <source>the new token Insightly shows after Regenerate</source>
        <translation>el token nuevo que Insightly muestra después de «Regenerate»</translation>
    </message>
    <message>
        <source>New Secret &amp;Token:</source>
        <translation>Nuevo &amp;token secreto:</translation>
    </message>
    <message>
        <source>Test and &amp;save the new token</source>
        <translation>Probar y &amp;guardar el token nuevo</translation>
    </message>
    <message>
        <source>Test the new token and save it in Microsoft Entra</source>
        <translation>Probar el token nuevo y guardarlo en Microsoft Entra</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running test or save</source>
        <translation>Cancelar la prueba o el guardado en curso</translation>
    </message>
    <message>
        <source>Progress of the token rotation</source>
        <translation>Progreso de la renovación del token</translation>
    </message>
    <message>
        <source>Result of the token rotation</source>
        <translation>Resultado de la renovación del token</translation>
    </message>
    <message>
        <source>System Settings › Security › SAML and SCIM</source>
        <translation>System Settings › Security › SAML and SCIM</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Regenerate&lt;/b&gt; next to the SCIM token. &lt;b&gt;The old token stops working at once&lt;/b&gt;: provisioning fails until the new one is saved here.&lt;/li&gt;&lt;li&gt;Copy the new token and paste it in the &lt;b&gt;New token&lt;/b&gt; tab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test and save&lt;/b&gt;: the wizard and Microsoft Entra test it; Entra keeps it only when its test passed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En la pestaña &lt;b&gt;Insightly&lt;/b&gt;, abra &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Haga clic en &lt;b&gt;Regenerate&lt;/b&gt; junto al token SCIM. &lt;b&gt;El token antiguo deja de funcionar de inmediato&lt;/b&gt;: el aprovisionamiento falla hasta que el nuevo se guarde aquí.&lt;/li&gt;&lt;li&gt;Copie el token nuevo y péguelo en la pestaña &lt;b&gt;Token nuevo&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Probar y guardar&lt;/b&gt;: el asistente y Microsoft Entra lo prueban; Entra solo lo conserva si su prueba se superó.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>New token and Insightly</source>
        <translation>Token nuevo e Insightly</translation>
    </message>
    <message>
        <source>Ne&amp;w token</source>
        <translation>T&amp;oken nuevo</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>&amp;Insightly</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regenerate cancels the old token at once.&lt;/b&gt; In the Insightly tab (%1), click &lt;b&gt;Regenerate&lt;/b&gt; under SCIM provisioning, copy the new token and paste it here. Until it is saved, Entra&apos;s provisioning to Insightly fails.</source>
        <translation>&lt;b&gt;«Regenerate» anula de inmediato el token antiguo.&lt;/b&gt; En la pestaña de Insightly (%1), haga clic en &lt;b&gt;Regenerate&lt;/b&gt; en el aprovisionamiento SCIM, copie el token nuevo y péguelo aquí. Hasta que se guarde, el aprovisionamiento de Entra a Insightly falla.</translation>
    </message>
</context>
<context>
    <name>insightly::SamlPage</name>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>Paso 2 — Configurar el inicio de sesión único SAML</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>Identificador, URL de respuesta y certificado de firma; después, el certificado se lleva a Insightly.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly and save.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Método de inicio de sesión único: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identificador (id. de entidad)&lt;/b&gt; y &lt;b&gt;URL de respuesta&lt;/b&gt;: la «Sign-in page URL» de Insightly.&lt;/li&gt;&lt;li&gt;Descargue el &lt;b&gt;Certificado (Base64)&lt;/b&gt; (recomendado) o el &lt;b&gt;XML de metadatos de federación&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cárguelo en la configuración SAML de Insightly.&lt;/li&gt;&lt;li&gt;Pruebe el inicio de sesión. Solo entonces marque &lt;b&gt;Enforce SAML Login&lt;/b&gt; en Insightly y guarde.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Validity of a new signing certificate, in years</source>
        <translation>Validez de un nuevo certificado de firma, en años</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Nuevo certificado &amp;válido durante:</translation>
    </message>
    <message>
        <source>E-mail addresses notified before the certificate expires</source>
        <translation>Direcciones de correo electrónico avisadas antes de que expire el certificado</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas (at most 5)</source>
        <translation>una o varias direcciones, separadas por comas (como máximo 5)</translation>
    </message>
    <message>
        <source>Expiry &amp;notifications to:</source>
        <translation>Avisos de expi&amp;ración a:</translation>
    </message>
    <message>
        <source>Con&amp;figure SAML</source>
        <translation>Config&amp;urar SAML</translation>
    </message>
    <message>
        <source>Configure SAML single sign-on and the signing certificate</source>
        <translation>Configurar el inicio de sesión único SAML y el certificado de firma</translation>
    </message>
    <message>
        <source>Cancel step 2</source>
        <translation>Cancelar el paso 2</translation>
    </message>
    <message>
        <source>Folder for the certificate and metadata files</source>
        <translation>Carpeta para los archivos de certificado y metadatos</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Elegir la carpeta para los archivos</translation>
    </message>
    <message>
        <source>&amp;Export files</source>
        <translation>E&amp;xportar archivos</translation>
    </message>
    <message>
        <source>Export Certificate (Base64) and Federation Metadata XML</source>
        <translation>Exportar el Certificado (Base64) y el XML de metadatos de federación</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Archivos exportados</translation>
    </message>
    <message>
        <source>Folder for the Insightly SAML files</source>
        <translation>Carpeta para los archivos de Insightly SAML</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Elija una carpeta en la que el asistente pueda escribir.</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>Se guardaron %1 y %2.</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>step 2</source>
        <translation>Paso 2</translation>
    </message>
    <message>
        <source>Entra&apos;s values and certificate setting&amp;s</source>
        <translation>Valores de Entra y opc&amp;iones de certificado</translation>
    </message>
    <message>
        <source>Show Entra&apos;s SAML values and the certificate options</source>
        <translation>Mostrar los valores SAML de Entra y las opciones de certificado</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>&amp;Guardar archivos en:</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Prueba de inicio de sesión</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlSetupFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Cancelado. Vuelva a empezar para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>Step 2 did not finish.</source>
        <translation>El paso 2 no terminó.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Sin iniciar.</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Activando el inicio de sesión único SAML…</translation>
    </message>
    <message>
        <source>SAML is on; the active signing certificate is valid long enough and was kept.</source>
        <translation>SAML está activado; el certificado de firma activo es válido durante suficiente tiempo y se conservó.</translation>
    </message>
    <message>
        <source>SAML is on, with a new signing certificate made active.</source>
        <translation>SAML está activado, con un nuevo certificado de firma activado.</translation>
    </message>
    <message>
        <source>SAML is configured. Upload the certificate in the Insightly tab, then test the sign-in.</source>
        <translation>SAML está configurado. Cargue el certificado en la pestaña de Insightly y después pruebe el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in works. Tick Enforce SAML Login in Insightly, save, then confirm here.</source>
        <translation>El inicio de sesión funciona. Marque «Enforce SAML Login» en Insightly, guarde y después confirme aquí.</translation>
    </message>
    <message>
        <source>Step 2 is complete: the sign-in works and SAML login is enforced in Insightly.</source>
        <translation>El paso 2 está completo: el inicio de sesión funciona y se exige el inicio de sesión SAML en Insightly.</translation>
    </message>
    <message>
        <source>Exporting Certificate (Base64) and Federation Metadata XML…</source>
        <translation>Exportando el Certificado (Base64) y el XML de metadatos de federación…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlValuesPanel</name>
    <message>
        <source>Set up Insightly SAML — the values Entra shows</source>
        <translation>Configurar Insightly SAML: los valores que muestra Entra</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>URL de inicio de sesión:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de inicio de sesión</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier:</source>
        <translation>Identificador de Microsoft Entra:</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier</source>
        <translation>Identificador de Microsoft Entra</translation>
    </message>
    <message>
        <source>Logout URL:</source>
        <translation>URL de cierre de sesión:</translation>
    </message>
    <message>
        <source>Logout URL</source>
        <translation>URL de cierre de sesión</translation>
    </message>
    <message>
        <source>Certificate thumbprint:</source>
        <translation>Huella digital del certificado:</translation>
    </message>
    <message>
        <source>Thumbprint of the active signing certificate</source>
        <translation>Huella digital del certificado de firma activo</translation>
    </message>
    <message>
        <source>Certificate expires:</source>
        <translation>El certificado expira:</translation>
    </message>
    <message>
        <source>Expiry of the active signing certificate</source>
        <translation>Expiración del certificado de firma activo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
</context>
<context>
    <name>insightly::SavedSession</name>
    <message>
        <source>No setup was found on this computer.</source>
        <translation>No se encontró ninguna configuración en este equipo.</translation>
    </message>
    <message>
        <source>No setup of tenant %1 was found on this computer (known tenant ids: %2).</source>
        <translation>No se encontró en este equipo ninguna configuración del inquilino %1 (id. de inquilino conocidos: %2).</translation>
    </message>
    <message>
        <source>No setup for the Insightly instance %1 was found on this computer.</source>
        <translation>No se encontró en este equipo ninguna configuración de la instancia de Insightly %1.</translation>
    </message>
    <message>
        <source>Run the wizard on this computer and sign in to the tenant once (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Ejecute el asistente en este equipo e inicie sesión una vez en el inquilino (o indique con --tenant el id. de inquilino de una configuración hecha aquí).</translation>
    </message>
    <message>
        <source>Not signed in: the saved session could not be used (%1)</source>
        <translation>No ha iniciado sesión: no se pudo usar la sesión guardada (%1)</translation>
    </message>
    <message>
        <source>none is saved</source>
        <translation>no hay ninguna guardada</translation>
    </message>
    <message>
        <source>Run the wizard and sign in: the saved session is then used.</source>
        <translation>Ejecute el asistente e inicie sesión: después se usará la sesión guardada.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimCredentialsForm</name>
    <message>
        <source>Tenant URL (Insightly&apos;s SCIM endpoint)</source>
        <translation>URL del inquilino (punto de conexión SCIM de Insightly)</translation>
    </message>
    <message>
        <source>https://api.na1.insightly.com/scim/v2</source>
        <translation>https://api.na1.insightly.com/scim/v2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Paste the Tenant URL</source>
        <translation>Pegar la URL del inquilino</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>&amp;URL del inquilino:</translation>
    </message>
    <message>
        <source>Paste the Secret Token</source>
        <translation>Pegar el token secreto</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>About the Tenant URL</source>
        <translation>Acerca de la URL del inquilino</translation>
    </message>
    <message>
        <source>The Secret Token as read, masked</source>
        <translation>El token secreto leído, enmascarado</translation>
    </message>
    <message>
        <source>About the Secret Token</source>
        <translation>Acerca del token secreto</translation>
    </message>
</context>
<context>
    <name>insightly::ScimFlow</name>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>No ha iniciado sesión en Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Vuelva al paso de inicio de sesión e inicie sesión.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>La aplicación empresarial Insightly SAML aún no se conoce.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Vuelva al paso 1 y agregue o elija la aplicación.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimPage</name>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>Paso 3 — Conectar el aprovisionamiento SCIM</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>El punto de conexión y el token SCIM de Insightly, probados y guardados en Entra.</translation>
    </message>
    <message>
        <source>Secret Token (Insightly&apos;s SCIM token)</source>
        <translation>Token secreto (token SCIM de Insightly)</translation>
    </message>
    <message>
        <source>the token Insightly shows</source>
        <translation>el token que muestra Insightly</translation>
    </message>
    <message>
        <source>Secret &amp;Token:</source>
        <translation>&amp;Token secreto:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Guardar e iniciar</translation>
    </message>
    <message>
        <source>Save and start provisioning</source>
        <translation>Guardar e iniciar el aprovisionamiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Cancelar la operación en curso</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnósticos</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(id. de solicitud %1)</translation>
    </message>
    <message>
        <source>Testing Insightly&apos;s SCIM endpoint from this computer and from Microsoft Entra…</source>
        <translation>Probando el punto de conexión SCIM de Insightly desde este equipo y desde Microsoft Entra…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…</source>
        <translation>Guardando la URL del inquilino y el token secreto en Microsoft Entra e iniciando el aprovisionamiento…</translation>
    </message>
    <message>
        <source>Saved. Provisioning is started.</source>
        <translation>Guardado. El aprovisionamiento se ha iniciado.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; into &lt;i&gt;Tenant URL&lt;/i&gt; and the &lt;b&gt;token&lt;/b&gt; into &lt;i&gt;Secret Token&lt;/i&gt; in the &lt;b&gt;SCIM connection&lt;/b&gt; tab (use the paste buttons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test connection&lt;/b&gt;: the wizard checks the endpoint from this computer and asks Microsoft Entra to test it too.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save and start&lt;/b&gt;: Entra keeps the values and provisions the users and groups assigned to the app.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Regenerating the token in Insightly cancels the old one: paste the new one here and save again.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;En la pestaña &lt;b&gt;Insightly&lt;/b&gt;, marque &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; y haga clic en &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;En la pestaña &lt;b&gt;Conexión SCIM&lt;/b&gt;, copie el &lt;b&gt;punto de conexión SCIM&lt;/b&gt; en &lt;i&gt;URL del inquilino&lt;/i&gt; y el &lt;b&gt;token&lt;/b&gt; en &lt;i&gt;Token secreto&lt;/i&gt; (use los botones de pegar).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Probar conexión&lt;/b&gt;: el asistente comprueba el punto de conexión desde este equipo y pide a Microsoft Entra que también lo pruebe.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Guardar e iniciar&lt;/b&gt;: Entra conserva los valores y aprovisiona los usuarios y grupos asignados a la aplicación.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Regenerar el token en Insightly anula el anterior: pegue aquí el nuevo y vuelva a guardar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SCIM connection and Insightly</source>
        <translation>Conexión SCIM e Insightly</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>SCIM c&amp;onnection</source>
        <translation>&amp;Conexión SCIM</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>&amp;Insightly</translation>
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
        <source>%1 is looked up by the proxy %2.</source>
        <translation>El proxy %2 resuelve %1.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the proxy %3.</source>
        <translation>Conectado a %1, puerto %2, a través del proxy %3.</translation>
    </message>
    <message>
        <source>Through the proxy %1: %2</source>
        <translation>A través del proxy %1: %2</translation>
    </message>
    <message>
        <source>No connection through the proxy %1 within %2 ms.</source>
        <translation>Sin conexión a través del proxy %1 en %2 ms.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimStatusPanel</name>
    <message>
        <source>Provisioning status (refreshed automatically)</source>
        <translation>Estado del aprovisionamiento (se actualiza automáticamente)</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Estado del aprovisionamiento</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Situación del aprovisionamiento</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Último ciclo</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Estado estable</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Cuarentena</translation>
    </message>
    <message>
        <source>Status error</source>
        <translation>Error de estado</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Situación:</translation>
    </message>
    <message>
        <source>Last cycle:</source>
        <translation>Último ciclo:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Recuentos:</translation>
    </message>
    <message>
        <source>Steady state:</source>
        <translation>Estado estable:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>The status could not be read: %1 %2</source>
        <translation>No se pudo leer el estado: %1 %2</translation>
    </message>
    <message>
        <source>Active — provisioning runs on its schedule.</source>
        <translation>Activo: el aprovisionamiento se ejecuta según su programación.</translation>
    </message>
    <message>
        <source>Not run yet — credentials saved; the first cycle has not run.</source>
        <translation>Aún no se ha ejecutado: las credenciales están guardadas; el primer ciclo no se ha ejecutado.</translation>
    </message>
    <message>
        <source>Not configured — the Tenant URL and Secret Token are not saved.</source>
        <translation>Sin configurar: la URL del inquilino y el token secreto no están guardados.</translation>
    </message>
    <message>
        <source>Paused — provisioning was stopped.</source>
        <translation>En pausa: el aprovisionamiento se detuvo.</translation>
    </message>
    <message>
        <source>Quarantine — provisioning is paused by Microsoft.</source>
        <translation>Cuarentena: Microsoft ha pausado el aprovisionamiento.</translation>
    </message>
    <message>
        <source>No cycle has run yet. The first one can take a while in Microsoft Entra.</source>
        <translation>Todavía no se ha ejecutado ningún ciclo. El primero puede tardar un rato en Microsoft Entra.</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, terminó %2</translation>
    </message>
    <message>
        <source>Last successful cycle: %1</source>
        <translation>Último ciclo correcto: %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Error: %1 %2</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent to Insightly, %3 failed, %4 users in sync</source>
        <translation>%1 en el ámbito, %2 cambios enviados a Insightly, %3 con error, %4 usuarios sincronizados</translation>
    </message>
    <message>
        <source>Reached, last at %1</source>
        <translation>Alcanzado, la última vez el %1</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Aún no alcanzado</translation>
    </message>
    <message>
        <source>Quarantine (%1): %2</source>
        <translation>Cuarentena (%1): %2</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message: %1</source>
        <translation>Mensaje de Microsoft: %1</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTestResults</name>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>The wizard&apos;s own connection test</source>
        <translation>Prueba de conexión propia del asistente</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Lo que se observó</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Cause and fix</source>
        <translation>Causa y solución</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Seleccionar todas las filas</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection</source>
        <translation>«Probar conexión» de Microsoft Entra</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection: running…</source>
        <translation>«Probar conexión» de Microsoft Entra: en curso…</translation>
    </message>
    <message>
        <source>✓ Microsoft Entra&apos;s Test Connection passed (HTTP %1, %2 ms): Microsoft&apos;s provisioning service reached Insightly and the token was accepted.</source>
        <translation>✓ «Probar conexión» de Microsoft Entra se superó (HTTP %1, %2 ms): el servicio de aprovisionamiento de Microsoft llegó a Insightly y se aceptó el token.</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection failed (HTTP %1).</source>
        <translation>✗ «Probar conexión» de Microsoft Entra falló (HTTP %1).</translation>
    </message>
    <message>
        <source>Entra&apos;s answer: [%1] %2</source>
        <translation>Respuesta de Entra: [%1] %2</translation>
    </message>
    <message>
        <source>Our reading: %1</source>
        <translation>Nuestra interpretación: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection could not run.</source>
        <translation>✗ No se pudo ejecutar «Probar conexión» de Microsoft Entra.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTokenRotationFlow</name>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Buscando la configuración existente…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>Existen varias aplicaciones Insightly SAML en este inquilino.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its token.</source>
        <translation>Ejecute una configuración nueva y elija la aplicación en el paso 1; después renueve su token.</translation>
    </message>
    <message>
        <source>Testing the new token from this computer and from Microsoft Entra…</source>
        <translation>Probando el token nuevo desde este equipo y desde Microsoft Entra…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved in Microsoft Entra.</source>
        <translation>Cancelado. No se guardó nada en Microsoft Entra.</translation>
    </message>
    <message>
        <source>Nothing was saved in Microsoft Entra: it keeps the previous Tenant URL and Secret Token. If you already clicked Regenerate in Insightly, the previous token no longer works — paste the new one and test again.</source>
        <translation>No se guardó nada en Microsoft Entra: conserva la URL del inquilino y el token secreto anteriores. Si ya hizo clic en «Regenerate» en Insightly, el token anterior ya no funciona: pegue el nuevo y vuelva a probar.</translation>
    </message>
    <message>
        <source>Saving the new token in Microsoft Entra and starting provisioning…</source>
        <translation>Guardando el token nuevo en Microsoft Entra e iniciando el aprovisionamiento…</translation>
    </message>
    <message>
        <source>The new token passed the tests but was not saved: Entra may still hold the previous one. Test and save again.</source>
        <translation>El token nuevo superó las pruebas, pero no se guardó: es posible que Entra todavía tenga el anterior. Vuelva a probar y guardar.</translation>
    </message>
    <message>
        <source>Saved: Microsoft Entra provisions Insightly with the new token (%1).</source>
        <translation>Guardado: Microsoft Entra aprovisiona Insightly con el token nuevo (%1).</translation>
    </message>
    <message>
        <source>The SCIM token is rotated.</source>
        <translation>El token SCIM se renovó.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupChoiceModel</name>
    <message>
        <source>certificate rotation not finished</source>
        <translation>renovación del certificado sin terminar</translation>
    </message>
    <message>
        <source>last sign-in test failed</source>
        <translation>la última prueba de inicio de sesión falló</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>configurada</translation>
    </message>
    <message>
        <source>step %1 of 4 done</source>
        <translation>paso %1 de 4 hecho</translation>
    </message>
    <message>
        <source>A new setup</source>
        <translation>Una configuración nueva</translation>
    </message>
    <message>
        <source>Connect another tenant or Insightly instance.</source>
        <translation>Conectar otro inquilino u otra instancia de Insightly.</translation>
    </message>
    <message>
        <source>Insightly instance not chosen yet</source>
        <translation>instancia de Insightly aún no elegida</translation>
    </message>
    <message>
        <source>%1, instance %2</source>
        <translation>%1, instancia %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <extracomment>A saved setup in the Welcome page&apos;s list: tenant — Insightly instance — progress, date of the last save</extracomment>
        <translation>%1 — %2 — %3, %4</translation>
    </message>
    <message>
        <source>Tenant ID %1; last saved %2</source>
        <translation>Id. de inquilino %1; guardada por última vez %2</translation>
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
        <source>The folder %1 can&apos;t be created or isn&apos;t a folder.</source>
        <translation>No se puede crear la carpeta %1 o no es una carpeta.</translation>
    </message>
    <message>
        <source>Free some disk space or make %1 writable, then choose Retry, or choose another folder. Until then the wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>Libere espacio en disco o haga que %1 admita escritura y, después, elija «Reintentar guardar», o elija otra carpeta. Mientras tanto, el asistente sigue funcionando, pero es posible que una ejecución posterior no continúe donde se detuvo esta.</translation>
    </message>
    <message>
        <source>It belongs to another Insightly instance.</source>
        <translation>Pertenece a otra instancia de Insightly.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStatusReport</name>
    <message>
        <source>Depends on the enterprise application, which could not be read.</source>
        <translation>Depende de la aplicación empresarial, que no se pudo leer.</translation>
    </message>
    <message>
        <source>No Insightly SAML application to check.</source>
        <translation>No hay ninguna aplicación Insightly SAML que comprobar.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra to read the status.</source>
        <translation>Inicie sesión en Microsoft Entra para leer el estado.</translation>
    </message>
    <message>
        <source>Cancelled before it was read.</source>
        <translation>Cancelado antes de leerse.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupWizard</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
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
        <translation>A&amp;brir la página de inicio de sesión</translation>
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
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Reintentar guardar</translation>
    </message>
    <message>
        <source>Retry saving the setup progress</source>
        <translation>Reintentar guardar el progreso de la configuración</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>&amp;Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Choose another folder for the setup progress</source>
        <translation>Elegir otra carpeta para el progreso de la configuración</translation>
    </message>
    <message>
        <source>Choose a folder for the setup progress</source>
        <translation>Elegir una carpeta para el progreso de la configuración</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de</source>
        <translation>Iniciar sesión con un códi&amp;go</translation>
    </message>
    <message>
        <source>Sign in as someone e&amp;lse</source>
        <translation>Iniciar sesión como &amp;otra persona</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestFlow</name>
    <message>
        <source>Insightly did not show a page after the sign-in within a minute.</source>
        <translation>Insightly no mostró ninguna página en el minuto siguiente al inicio de sesión.</translation>
    </message>
    <message>
        <source>Making sure you are assigned to the application…</source>
        <translation>Comprobando que está asignado a la aplicación…</translation>
    </message>
    <message>
        <source>The sign-in test could not start.</source>
        <translation>No se pudo iniciar la prueba de inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in with your Entra account in the browser below if it asks; the wizard watches what Entra sends to Insightly.</source>
        <translation>Inicie sesión con su cuenta de Entra en el explorador de abajo si se lo pide; el asistente observa lo que Entra envía a Insightly.</translation>
    </message>
    <message>
        <source>Entra sent the sign-in to Insightly; waiting for Insightly&apos;s answer…</source>
        <translation>Entra envió el inicio de sesión a Insightly; esperando la respuesta de Insightly…</translation>
    </message>
    <message>
        <source>Insightly sent the browser to another site (%1).</source>
        <translation>Insightly envió el explorador a otro sitio (%1).</translation>
    </message>
    <message>
        <source>Insightly answered with an error page at %1.</source>
        <translation>Insightly respondió con una página de error en %1.</translation>
    </message>
    <message>
        <source>Insightly kept the browser on its SAML sign-in address (%1).</source>
        <translation>Insightly mantuvo el explorador en su dirección de inicio de sesión SAML (%1).</translation>
    </message>
    <message>
        <source>The page says: %1</source>
        <translation>La página indica: %1</translation>
    </message>
    <message>
        <source>Signed in to Insightly</source>
        <translation>Sesión iniciada en Insightly</translation>
    </message>
    <message>
        <source>Insightly opened</source>
        <translation>Insightly abierto</translation>
    </message>
    <message>
        <source>Insightly did not accept the sign-in.</source>
        <translation>Insightly no aceptó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Fix the failed checks above, then test again.</source>
        <translation>Corrija las comprobaciones con error de arriba y vuelva a probar.</translation>
    </message>
    <message>
        <source>Signed in to Insightly as %1.</source>
        <translation>Sesión iniciada en Insightly como %1.</translation>
    </message>
    <message>
        <source>The sign-in test failed.</source>
        <translation>La prueba de inicio de sesión falló.</translation>
    </message>
    <message>
        <source>The sign-in works. %1</source>
        <translation>El inicio de sesión funciona. %1</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestPanel</name>
    <message>
        <source>Test the sign-in before enforcing SAML</source>
        <translation>Probar el inicio de sesión antes de exigir SAML</translation>
    </message>
    <message>
        <source>&amp;Test the sign-in</source>
        <translation>&amp;Probar el inicio de sesión</translation>
    </message>
    <message>
        <source>Test the sign-in to Insightly through Entra</source>
        <translation>Probar el inicio de sesión en Insightly mediante Entra</translation>
    </message>
    <message>
        <source>After the upload in Insightly, test one sign-in through Entra.</source>
        <translation>Después de cargarlo en Insightly, pruebe un inicio de sesión mediante Entra.</translation>
    </message>
    <message>
        <source>Status of the sign-in test</source>
        <translation>Estado de la prueba de inicio de sesión</translation>
    </message>
    <message>
        <source>Checklist of the sign-in test</source>
        <translation>Lista de comprobación de la prueba de inicio de sesión</translation>
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
        <source>Seen</source>
        <translation>Observado</translation>
    </message>
    <message>
        <source>Reason and fix</source>
        <translation>Motivo y solución</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login and saved</source>
        <translation>Marqué «Enforce SAML Login» y guardé</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login in Insightly and saved</source>
        <translation>Marqué «Enforce SAML Login» en Insightly y guardé</translation>
    </message>
    <message>
        <source>Confirm that SAML login is enforced in Insightly</source>
        <translation>Confirmar que el inicio de sesión SAML se exige en Insightly</translation>
    </message>
    <message>
        <source>Whether SAML login is enforced</source>
        <translation>Si se exige el inicio de sesión SAML</translation>
    </message>
    <message>
        <source>Reading the certificate Insightly holds…</source>
        <translation>Leyendo el certificado que tiene Insightly…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ superada</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ con error</translation>
    </message>
    <message>
        <source>Enforce SAML Login is ticked but not saved yet: click Save in Insightly.</source>
        <translation>«Enforce SAML Login» está marcado, pero aún no se ha guardado: haga clic en «Save» en Insightly.</translation>
    </message>
    <message>
        <source>Enforce SAML Login is not ticked in Insightly yet.</source>
        <translation>«Enforce SAML Login» aún no está marcado en Insightly.</translation>
    </message>
    <message>
        <source>Tick the box once you have saved Enforce SAML Login in Insightly.</source>
        <translation>Marque la casilla cuando haya guardado «Enforce SAML Login» en Insightly.</translation>
    </message>
    <message>
        <source>SAML login is enforced in Insightly.</source>
        <translation>El inicio de sesión SAML se exige en Insightly.</translation>
    </message>
    <message>
        <source>Browser of the sign-in test</source>
        <translation>Explorador de la prueba de inicio de sesión</translation>
    </message>
    <message>
        <source>Next: enforce SAML login</source>
        <translation>Siguiente: exigir el inicio de sesión SAML</translation>
    </message>
    <message>
        <source>&lt;b&gt;The sign-in works.&lt;/b&gt; Now, in the Insightly tab: tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;. Then confirm here.</source>
        <translation>&lt;b&gt;El inicio de sesión funciona.&lt;/b&gt; Ahora, en la pestaña de Insightly: marque &lt;b&gt;Enforce SAML Login&lt;/b&gt; y haga clic en &lt;b&gt;Save&lt;/b&gt;. Después confirme aquí.</translation>
    </message>
    <message>
        <source>Confir&amp;m</source>
        <translation>Confir&amp;mar</translation>
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
    <message>
        <source>Embedded browsers</source>
        <translation>Exploradores insertados</translation>
    </message>
</context>
<context>
    <name>insightly::SummaryPage</name>
    <message>
        <source>Summary — status of the setup</source>
        <translation>Resumen — estado de la configuración</translation>
    </message>
    <message>
        <source>Read live from Microsoft Entra; what is not right says what to do.</source>
        <translation>Leído en directo de Microsoft Entra; lo que no está bien indica qué hacer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each line is read from Microsoft Entra now, not from what the wizard remembers, so this page is also how to check an existing setup later.&lt;/p&gt;&lt;p&gt;Users start Insightly from &lt;b&gt;My Apps&lt;/b&gt; (https://myapps.microsoft.com/): Insightly supports sign-in started from Microsoft only.&lt;/p&gt;&lt;p&gt;Microsoft e-mails the notification addresses 60, 30 and 7 days before the signing certificate expires; rotate it before then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada línea se lee ahora de Microsoft Entra, no de lo que recuerda el asistente, así que esta página también sirve para comprobar más adelante una configuración existente.&lt;/p&gt;&lt;p&gt;Los usuarios inician Insightly desde &lt;b&gt;Mis aplicaciones&lt;/b&gt; (https://myapps.microsoft.com/): Insightly solo admite el inicio de sesión iniciado desde Microsoft.&lt;/p&gt;&lt;p&gt;Microsoft envía correos a las direcciones de notificación 60, 30 y 7 días antes de que caduque el certificado de firma; renuévelo antes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Aún no leído.</translation>
    </message>
    <message>
        <source>Progress of the status check</source>
        <translation>Progreso de la comprobación del estado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Act&amp;ualizar</translation>
    </message>
    <message>
        <source>Read the status again</source>
        <translation>Volver a leer el estado</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel the status check</source>
        <translation>Cancelar la comprobación del estado</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Co&amp;piar informe</translation>
    </message>
    <message>
        <source>Copy the status report to the clipboard</source>
        <translation>Copiar el informe de estado al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Save the status report to a file</source>
        <translation>Guardar el informe de estado en un archivo</translation>
    </message>
    <message>
        <source>Result of saving the report</source>
        <translation>Resultado de guardar el informe</translation>
    </message>
    <message>
        <source>Users sign in here: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Los usuarios inician sesión aquí: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>My Apps, where users sign in to Insightly</source>
        <translation>«Mis aplicaciones», donde los usuarios inician sesión en Insightly</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Reading the status from Microsoft Entra… %1 of %2 checks done.</source>
        <translation>Leyendo el estado de Microsoft Entra… %1 de %2 comprobaciones hechas.</translation>
    </message>
    <message>
        <source>Cancelled; select Refresh to read the status again.</source>
        <translation>Cancelado; seleccione «Actualizar» para volver a leer el estado.</translation>
    </message>
    <message>
        <source>Everything checked is in order.</source>
        <translation>Todo lo comprobado está en orden.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n advertencia: consulte «Qué hacer» más abajo.</numerusform>
            <numerusform>%n advertencias: consulte «Qué hacer» más abajo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) and %1 warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n problema y %1 advertencia(s): consulte «Qué hacer» más abajo.</numerusform>
            <numerusform>%n problemas y %1 advertencia(s): consulte «Qué hacer» más abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>El informe está en el portapapeles.</translation>
    </message>
    <message>
        <source>Save the status report</source>
        <translation>Guardar el informe de estado</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder.</source>
        <translation>No se pudo guardar el informe en %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Remove what this wizard created, after a confirmation that lists it</source>
        <translation>Eliminar lo que creó este asistente, tras una confirmación que lo enumera</translation>
    </message>
    <message numerus="yes">
        <source>Changes made by this wizard (%n)</source>
        <translation>
            <numerusform>Cambio hecho por este asistente (%n)</numerusform>
            <numerusform>Cambios hechos por este asistente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation>request-id %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Text (*.txt)</source>
        <translation>Página web (*.html);;Documento PDF (*.pdf);;Texto (*.txt)</translation>
    </message>
    <message>
        <source>Remove what this wizard cr&amp;eated…</source>
        <translation>Eliminar lo que c&amp;reó este asistente…</translation>
    </message>
    <message>
        <source>Check this setup every &amp;week and notify me when something needs attention</source>
        <translation>Comprobar esta configuración cada se&amp;mana y avisarme cuando algo requiera atención</translation>
    </message>
    <message>
        <source>Check this setup every week and notify me when something needs attention</source>
        <translation>Comprobar esta configuración cada semana y avisarme cuando algo requiera atención</translation>
    </message>
    <message>
        <source>Result of the weekly check setting</source>
        <translation>Resultado del ajuste de la comprobación semanal</translation>
    </message>
    <message>
        <source>Changes this wizard made</source>
        <translation>Cambios realizados por este asistente</translation>
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
        <translation>Este asistente le pide que inicie sesión en Microsoft Entra ID y realiza por usted los cuatro pasos del artículo de Insightly «Setup of SAML &amp; SCIM for Azure»: agrega la aplicación empresarial &lt;i&gt;Insightly SAML&lt;/i&gt;, configura el inicio de sesión único SAML y su certificado de firma, conecta el aprovisionamiento SCIM y asigna usuarios y grupos. Prueba cada paso antes del siguiente y le pide que inicie sesión una vez mediante SAML antes de que usted exija el inicio de sesión SAML, para que nadie se quede sin acceso.</translation>
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
    <message>
        <source>Rotate the SCIM to&amp;ken of an existing setup</source>
        <translation>Renovar el &amp;token SCIM de una configuración existente</translation>
    </message>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>Renovar el token SCIM</translation>
    </message>
    <message>
        <source>Saved setup</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>The tenant and Insightly instance this run is about, or a new setup.</source>
        <translation>El inquilino y la instancia de Insightly de esta ejecución, o una configuración nueva.</translation>
    </message>
    <message>
        <source>Set&amp;up:</source>
        <translation>Confi&amp;guración:</translation>
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
    <name>insightly::entra::Provisioning</name>
    <message>
        <source>Microsoft Entra offers no provisioning template for this application.</source>
        <translation>Microsoft Entra no ofrece ninguna plantilla de aprovisionamiento para esta aplicación.</translation>
    </message>
    <message>
        <source>The enterprise application was not added from the Insightly SAML gallery entry, or provisioning is not available in this cloud.</source>
        <translation>La aplicación empresarial no se agregó desde la entrada «Insightly SAML» de la galería, o el aprovisionamiento no está disponible en esta nube.</translation>
    </message>
    <message>
        <source>Add the Insightly SAML application from the gallery (step 1), then try again.</source>
        <translation>Agregue la aplicación Insightly SAML desde la galería (paso 1) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>no answer to creating the job</source>
        <translation>no hubo respuesta a la creación del trabajo</translation>
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
    <message>
        <source>Standard input could not be read.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>No desktop notification could be shown.</source>
        <translation>No se pudo mostrar ninguna notificación de escritorio.</translation>
    </message>
    <message>
        <source>Insightly SSO Setup: %1</source>
        <translation>Insightly SSO Setup: %1</translation>
    </message>
    <message>
        <source>Open the wizard</source>
        <translation>Abrir el asistente</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
</TS>
