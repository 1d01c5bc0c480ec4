<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdminAssignment</name>
    <message>
        <source>The signed-in account is not known.</source>
        <translation>Das angemeldete Konto ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The sign-in check did not return the account&apos;s id.</source>
        <translation>Die Anmeldeprüfung hat die ID des Kontos nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Checking whether you are assigned to Insightly SAML…</source>
        <translation>Es wird geprüft, ob Sie Insightly SAML zugewiesen sind…</translation>
    </message>
    <message>
        <source>Assigning you to Insightly SAML for the sign-in test…</source>
        <translation>Sie werden Insightly SAML für den Anmeldetest zugewiesen…</translation>
    </message>
</context>
<context>
    <name>CertificateActivation</name>
    <message>
        <source>The certificate %1 is not on the Insightly SAML application.</source>
        <translation>Das Zertifikat %1 befindet sich nicht in der Anwendung Insightly SAML.</translation>
    </message>
    <message>
        <source>It was removed, or it belongs to another application.</source>
        <translation>Es wurde entfernt oder gehört zu einer anderen Anwendung.</translation>
    </message>
    <message>
        <source>Read the certificates again and choose one that is listed.</source>
        <translation>Lesen Sie die Zertifikate erneut und wählen Sie eines aus, das aufgeführt ist.</translation>
    </message>
    <message>
        <source>The certificate %1 is expired or not yet valid.</source>
        <translation>Das Zertifikat %1 ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>Microsoft Entra cannot sign with it.</source>
        <translation>Microsoft Entra kann damit nicht signieren.</translation>
    </message>
    <message>
        <source>Create a new certificate instead.</source>
        <translation>Erstellen Sie stattdessen ein neues Zertifikat.</translation>
    </message>
    <message>
        <source>Activating the certificate %1…</source>
        <translation>Das Zertifikat %1 wird aktiviert…</translation>
    </message>
    <message>
        <source>Confirming the active certificate… seen %1 of %2 times</source>
        <translation>Das aktive Zertifikat wird bestätigt… %1 von %2 Mal gesehen</translation>
    </message>
    <message>
        <source>Too many addresses for certificate expiry notices.</source>
        <translation>Zu viele Adressen für Benachrichtigungen über den Zertifikatablauf.</translation>
    </message>
    <message>
        <source>Microsoft Entra accepts at most 5 addresses.</source>
        <translation>Microsoft Entra akzeptiert höchstens 5 Adressen.</translation>
    </message>
    <message>
        <source>Remove some addresses.</source>
        <translation>Entfernen Sie einige Adressen.</translation>
    </message>
    <message>
        <source>The previous certificate can no longer be made active again.</source>
        <translation>Das vorherige Zertifikat kann nicht mehr aktiviert werden.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Es ist abgelaufen.</translation>
    </message>
    <message>
        <source>It was removed from the application.</source>
        <translation>Es wurde aus der Anwendung entfernt.</translation>
    </message>
    <message>
        <source>Upload the current certificate to Insightly instead (Certificate (Base64)), then test the sign-in again.</source>
        <translation>Laden Sie stattdessen das aktuelle Zertifikat in Insightly hoch („Zertifikat (Base64)“) und testen Sie die Anmeldung dann erneut.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Es wird zum vorherigen Zertifikat zurückgekehrt…</translation>
    </message>
    <message>
        <source>Setting who is told before the certificate expires…</source>
        <translation>Es wird festgelegt, wer vor dem Ablauf des Zertifikats benachrichtigt wird…</translation>
    </message>
</context>
<context>
    <name>CertificateCleanup</name>
    <message>
        <source>The active signing certificate cannot be removed.</source>
        <translation>Das aktive Signaturzertifikat kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Microsoft Entra signs Insightly sign-ins with %1.</source>
        <translation>Microsoft Entra signiert Insightly-Anmeldungen mit %1.</translation>
    </message>
    <message>
        <source>Activate another certificate first.</source>
        <translation>Aktivieren Sie zuerst ein anderes Zertifikat.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n old certificate(s)…</source>
        <translation>
            <numerusform>%n altes Zertifikat wird entfernt…</numerusform>
            <numerusform>%n alte Zertifikate werden entfernt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the removal… seen %1 of %2 times</source>
        <translation>Das Entfernen wird bestätigt… %1 von %2 Mal gesehen</translation>
    </message>
</context>
<context>
    <name>CertificateReader</name>
    <message>
        <source>Microsoft Entra did not confirm the certificate change in time.</source>
        <translation>Microsoft Entra hat die Zertifikatänderung nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <source>The change was not read back consistently (replication).</source>
        <translation>Die Änderung wurde nicht einheitlich zurückgelesen (Replikation).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the certificates that exist instead of creating more.</source>
        <translation>Warten Sie einige Minuten und führen Sie diesen Schritt erneut aus; er setzt mit den vorhandenen Zertifikaten fort, statt weitere zu erstellen.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(you, in Insightly)</source>
        <translation>(Sie, in Insightly)</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Insightly setting</source>
        <translation>Insightly-Einstellung</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, läuft ab am %2</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>SAML-Signaturzertifikat</translation>
    </message>
    <message>
        <source>service principal</source>
        <translation>Dienstprinzipal</translation>
    </message>
    <message numerus="yes">
        <source>valid for %n day(s)</source>
        <translation>
            <numerusform>%n Tag gültig</numerusform>
            <numerusform>%n Tage gültig</numerusform>
        </translation>
    </message>
    <message>
        <source>the new certificate</source>
        <translation>das neue Zertifikat</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>No changes: everything is already as it should be.</source>
        <translation>Keine Änderungen: Alles ist bereits wie vorgesehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%n Änderung: %1</numerusform>
            <numerusform>%n Änderungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>nicht geplant: %1</translation>
    </message>
    <message>
        <source>planned but not sent: %1</source>
        <translation>geplant, aber nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Not signed in: the tenant could not be read.</source>
        <translation>Nicht angemeldet: Der Mandant konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in, then look at the plan again.</source>
        <translation>Melden Sie sich an und sehen Sie sich den Plan erneut an.</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>In diesem Mandanten wurde keine Anwendung Insightly SAML gefunden.</translation>
    </message>
    <message>
        <source>Run the whole setup first; a re-run changes an existing setup.</source>
        <translation>Führen Sie zuerst die vollständige Einrichtung aus; eine Wiederholung ändert eine bestehende Einrichtung.</translation>
    </message>
    <message>
        <source>enterprise application</source>
        <translation>Unternehmensanwendung</translation>
    </message>
    <message>
        <source>already exists (app id %1)</source>
        <translation>existiert bereits (App-ID %1)</translation>
    </message>
    <message numerus="yes">
        <source>you choose one of %n existing apps</source>
        <translation>
            <numerusform>Sie wählen die vorhandene App</numerusform>
            <numerusform>Sie wählen eine von %n vorhandenen Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>the Sign-in page URL you enter</source>
        <translation>die eingegebene &quot;Sign-in page URL&quot;</translation>
    </message>
    <message>
        <source>app role assignment</source>
        <translation>App-Rollenzuweisung</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>you, for the sign-in test</source>
        <translation>Sie, für den Anmeldetest</translation>
    </message>
    <message>
        <source>SAML certificate</source>
        <translation>SAML-Zertifikat</translation>
    </message>
    <message>
        <source>the new certificate file</source>
        <translation>die neue Zertifikatdatei</translation>
    </message>
    <message>
        <source>already uploaded and tested</source>
        <translation>bereits hochgeladen und getestet</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>&quot;Enforce SAML Login&quot;</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a setting that is not ticked</comment>
        <translation>aus</translation>
    </message>
    <message>
        <source>on, after the sign-in test passed</source>
        <translation>ein, nachdem der Anmeldetest bestanden ist</translation>
    </message>
    <message>
        <source>on</source>
        <comment>a setting that is ticked</comment>
        <translation>ein</translation>
    </message>
    <message>
        <source>the old certificate</source>
        <translation>das alte Zertifikat</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>provisioning job</source>
        <translation>Bereitstellungsauftrag</translation>
    </message>
    <message>
        <source>Insightly&apos;s provisioning template</source>
        <translation>Bereitstellungsvorlage von Insightly</translation>
    </message>
    <message>
        <source>Test Connection (changes nothing)</source>
        <translation>Verbindung testen (ändert nichts)</translation>
    </message>
    <message>
        <source>provisioning credentials</source>
        <translation>Anmeldeinformationen der Bereitstellung</translation>
    </message>
    <message>
        <source>the SCIM endpoint you enter</source>
        <translation>der eingegebene SCIM-Endpunkt</translation>
    </message>
    <message>
        <source>(the token you paste)</source>
        <translation>(das eingefügte Token)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>each user or group you choose</source>
        <translation>jeder ausgewählte Benutzer und jede ausgewählte Gruppe</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step.</source>
        <translation>Verbindet Insightly mit Microsoft Entra ID: einmaliges Anmelden per SAML und Benutzerbereitstellung per SCIM, Schritt für Schritt.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant: a domain or a tenant ID.</source>
        <translation>Microsoft Entra-Mandant: eine Domäne oder eine Mandanten-ID.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Application (client) ID of your own app registration to sign in with.</source>
        <translation>Anwendungs-ID (Client) Ihrer eigenen App-Registrierung, mit der Sie sich anmelden.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov or china.</source>
        <translation>Microsoft-Cloud: global, usgov oder china.</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. en, de, fr, es, ja, pt_BR.</source>
        <translation>Sprache des Assistenten, z. B. en, de, fr, es, ja, pt_BR.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Test Insightly&apos;s SCIM endpoint at URL from this computer and print each check, without the wizard. The token is read from the environment variable INSIGHTLY_SCIM_TOKEN or from standard input.</source>
        <translation>Den SCIM-Endpunkt von Insightly unter URL von diesem Computer aus testen und jede Prüfung ausgeben, ohne den Assistenten. Das Token wird aus der Umgebungsvariablen INSIGHTLY_SCIM_TOKEN oder von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--probe-scim needs the SCIM endpoint URL Insightly shows.</source>
        <translation>--probe-scim benötigt die SCIM-Endpunkt-URL, die Insightly anzeigt.</translation>
    </message>
    <message>
        <source>--cloud must be global, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud muss global, usgov oder china sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e, not &quot;%1&quot;.</source>
        <translation>--client-id muss eine Anwendungs-ID (Client) wie 14d82eec-204b-4c2f-b7e8-296a70dab67e sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not &quot;%1&quot;.</source>
        <translation>--tenant muss eine Domäne wie contoso.onmicrosoft.com oder eine Mandanten-ID sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--language takes a language code such as de or pt_BR, not &quot;%1&quot;.</source>
        <translation>--language erwartet einen Sprachcode wie de oder pt_BR, nicht „%1“.</translation>
    </message>
    <message>
        <source>Check the saved setup without a window, using the saved session (never prompts). Exit status: 0 healthy, 1 warning, 2 failing, 3 cannot tell.</source>
        <translation>Die gespeicherte Einrichtung ohne Fenster mit der gespeicherten Sitzung prüfen (fragt nie nach). Exit-Status: 0 fehlerfrei, 1 Warnung, 2 fehlerhaft, 3 nicht feststellbar.</translation>
    </message>
    <message>
        <source>With --check: print nothing when healthy, only the status and action otherwise.</source>
        <translation>Mit --check: nichts ausgeben, wenn alles fehlerfrei ist, sonst nur den Status und die Maßnahme.</translation>
    </message>
    <message>
        <source>With --check: show a desktop notification when the setup is not healthy.</source>
        <translation>Mit --check: eine Desktopbenachrichtigung anzeigen, wenn die Einrichtung nicht fehlerfrei ist.</translation>
    </message>
    <message>
        <source>With --check: warn when the SCIM token was saved more than DAYS days ago.</source>
        <translation>Mit --check: warnen, wenn das SCIM-Token vor mehr als TAGE Tagen gespeichert wurde.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>--%1 only goes with --check.</source>
        <translation>--%1 ist nur zusammen mit --check möglich.</translation>
    </message>
    <message>
        <source>--instance takes Insightly&apos;s Sign-in page URL or host name, not &quot;%1&quot;.</source>
        <translation>--instance erwartet die „Sign-in page URL“ oder den Hostnamen von Insightly, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-token-age takes a number of days, not &quot;%1&quot;.</source>
        <translation>--max-token-age erwartet eine Anzahl von Tagen, nicht „%1“.</translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes). The simulated world and what you set up in it are kept between runs in %1.</source>
        <translation>Mit einem integrierten simulierten Mandanten und einer simulierten Insightly-Instanz ausführen (keine echten Änderungen). Die simulierte Umgebung und was Sie darin einrichten, bleiben zwischen den Ausführungen in %1 erhalten.</translation>
    </message>
    <message>
        <source>With --demo: forget the kept simulated world and start a new one.</source>
        <translation>Mit --demo: die gespeicherte simulierte Umgebung verwerfen und eine neue beginnen.</translation>
    </message>
    <message>
        <source>--reset is only for the demo: use --demo --reset.</source>
        <translation>--reset gilt nur für die Demo: Verwenden Sie --demo --reset.</translation>
    </message>
    <message>
        <source>Open the wizard on this page of the setup named by --tenant and --instance: status, rotate-certificate or rotate-scim-token.</source>
        <translation>Öffnet den Assistenten auf dieser Seite der mit --tenant und --instance benannten Einrichtung: status, rotate-certificate oder rotate-scim-token.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>--open takes status, rotate-certificate or rotate-scim-token, not &quot;%1&quot;.</source>
        <translation>--open erwartet status, rotate-certificate oder rotate-scim-token, nicht „%1“.</translation>
    </message>
    <message>
        <source>With --check or --plan: print JSON (schemas: docs/check-json-schema.md, docs/plan.md).</source>
        <translation>Mit --check oder --plan: JSON ausgeben (Schemas: docs/check-json-schema.md, docs/plan.md).</translation>
    </message>
    <message>
        <source>With --check, --plan or --open: the setup of this Insightly instance (its Sign-in page URL or host).</source>
        <translation>Mit --check, --plan oder --open: die Einrichtung dieser Insightly-Instanz (ihre „Sign-in page URL“ oder ihr Host).</translation>
    </message>
    <message>
        <source>List what the setup would change in Entra and Insightly, read live, without changing anything (saved session, never prompts). Exit status: 0 the plan was read, 3 cannot tell.</source>
        <translation>Listet auf, was die Einrichtung in Entra und Insightly ändern würde, live gelesen, ohne etwas zu ändern (gespeicherte Sitzung, fragt nie nach). Exit-Status: 0 Plan gelesen, 3 nicht feststellbar.</translation>
    </message>
    <message>
        <source>With --plan: the plan of a re-run instead of the whole setup: certificate or scim-token.</source>
        <translation>Mit --plan: der Plan einer Wiederholung statt der ganzen Einrichtung: certificate oder scim-token.</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Use either --check or --plan, not both.</source>
        <translation>Verwenden Sie entweder --check oder --plan, nicht beides.</translation>
    </message>
    <message>
        <source>--%1 only goes with --check or --plan.</source>
        <translation>--%1 ist nur zusammen mit --check oder --plan möglich.</translation>
    </message>
    <message>
        <source>--rerun only goes with --plan.</source>
        <translation>--rerun ist nur zusammen mit --plan möglich.</translation>
    </message>
    <message>
        <source>--rerun takes certificate or scim-token, not &quot;%1&quot;.</source>
        <translation>--rerun erwartet certificate oder scim-token, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--open doesn&apos;t go with --check or --plan.</source>
        <translation>--open passt nicht zu --check oder --plan.</translation>
    </message>
    <message>
        <source>--instance only goes with --check, --plan or --open.</source>
        <translation>--instance passt nur zu --check, --plan oder --open.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Microsoft Entra hasn&apos;t finished creating the app or the user yet.</source>
        <translation>Microsoft Entra hat das Erstellen der App oder des Benutzers noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The new object isn&apos;t visible on every directory replica yet.</source>
        <translation>Das neue Objekt ist noch nicht auf jedem Verzeichnisreplikat sichtbar.</translation>
    </message>
    <message>
        <source>Wait a minute, then run this step again.</source>
        <translation>Warten Sie eine Minute und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Entra rejected the Reply URL.</source>
        <translation>Entra hat die Antwort-URL abgelehnt.</translation>
    </message>
    <message>
        <source>It must be the exact https URL from Insightly, at most 256 characters, without spaces or symbols such as ! $ &apos; ( ) , ;</source>
        <translation>Sie muss genau die https-URL aus Insightly sein, höchstens 256 Zeichen, ohne Leerzeichen oder Symbole wie ! $ &apos; ( ) , ;</translation>
    </message>
    <message>
        <source>Copy the Sign-in page URL from Insightly again and retry.</source>
        <translation>Kopieren Sie die „Sign-in page URL“ erneut aus Insightly und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The role chosen for Insightly doesn&apos;t exist on this app.</source>
        <translation>Die für Insightly gewählte Rolle existiert in dieser App nicht.</translation>
    </message>
    <message>
        <source>The app role isn&apos;t defined or enabled on the Insightly app, or doesn&apos;t allow this kind of member.</source>
        <translation>Die App-Rolle ist in der Insightly-App nicht definiert oder nicht aktiviert, oder sie lässt diese Art von Mitglied nicht zu.</translation>
    </message>
    <message>
        <source>Pick one of the app&apos;s roles (usually &apos;User&apos;), or use Default Access.</source>
        <translation>Wählen Sie eine der Rollen der App (meist „User“) oder verwenden Sie „Standardzugriff“.</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request.</source>
        <translation>Microsoft Graph hat die Anforderung abgelehnt.</translation>
    </message>
    <message>
        <source>Some value sent by the wizard was not accepted.</source>
        <translation>Ein vom Assistenten gesendeter Wert wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Check the values entered in this step and retry. If it keeps failing, report it with the request ID.</source>
        <translation>Prüfen Sie die in diesem Schritt eingegebenen Werte und versuchen Sie es erneut. Schlägt es weiterhin fehl, melden Sie es mit der Anforderungs-ID.</translation>
    </message>
    <message>
        <source>Your account isn&apos;t allowed to do this.</source>
        <translation>Ihr Konto darf dies nicht tun.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the Entra role Cloud Application Administrator or Application Administrator, or the wizard&apos;s permissions were not approved.</source>
        <translation>Dem angemeldeten Konto fehlt die Entra-Rolle „Cloudanwendungsadministrator“ oder „Anwendungsadministrator“, oder die Berechtigungen des Assistenten wurden nicht genehmigt.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.
Make sure the wizard&apos;s permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) have been approved.</source>
        <translation>Melden Sie sich als „Cloudanwendungsadministrator“ oder „Anwendungsadministrator“ an.
Stellen Sie sicher, dass die Berechtigungen des Assistenten (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) genehmigt wurden.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer accepted by Microsoft Graph.</source>
        <translation>Ihre Anmeldung wird von Microsoft Graph nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <source>The access token expired, was issued for another service, or this computer&apos;s clock is wrong.</source>
        <translation>Das Zugriffstoken ist abgelaufen, wurde für einen anderen Dienst ausgestellt, oder die Uhr dieses Computers geht falsch.</translation>
    </message>
    <message>
        <source>Please sign in again, and check this computer&apos;s date and time.</source>
        <translation>Bitte melden Sie sich erneut an und prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <source>Your organization needs you to confirm your sign-in again.</source>
        <translation>Ihre Organisation verlangt, dass Sie Ihre Anmeldung erneut bestätigen.</translation>
    </message>
    <message>
        <source>A Conditional Access or continuous access evaluation event requires a fresh sign-in.</source>
        <translation>Ein Ereignis des bedingten Zugriffs oder der fortlaufenden Zugriffsevaluierung erfordert eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>Sign in again in the window that opens.</source>
        <translation>Melden Sie sich im sich öffnenden Fenster erneut an.</translation>
    </message>
    <message>
        <source>The object could not be found in Microsoft Entra.</source>
        <translation>Das Objekt wurde in Microsoft Entra nicht gefunden.</translation>
    </message>
    <message>
        <source>It was created moments ago and hasn&apos;t replicated yet, or it was deleted.</source>
        <translation>Es wurde gerade erst erstellt und ist noch nicht repliziert, oder es wurde gelöscht.</translation>
    </message>
    <message>
        <source>Wait a minute and retry. If it persists, restart the wizard from the &apos;Create app&apos; step.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut. Besteht das Problem weiter, starten Sie den Assistenten ab dem Schritt „App erstellen“ neu.</translation>
    </message>
    <message>
        <source>Search failed due to an internal error.</source>
        <translation>Die Suche ist wegen eines internen Fehlers fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Microsoft Graph didn&apos;t accept the search query.</source>
        <translation>Microsoft Graph hat die Suchabfrage nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Please report this problem with the request ID.</source>
        <translation>Bitte melden Sie dieses Problem mit der Anforderungs-ID.</translation>
    </message>
    <message>
        <source>Entra refused Insightly&apos;s URL as Identifier.</source>
        <translation>Entra hat die URL von Insightly als Bezeichner abgelehnt.</translation>
    </message>
    <message>
        <source>Your tenant&apos;s identifier-URI policy only allows verified domains for apps not yet in SAML mode.</source>
        <translation>Die Bezeichner-URI-Richtlinie Ihres Mandanten erlaubt für Apps, die noch nicht im SAML-Modus sind, nur überprüfte Domänen.</translation>
    </message>
    <message>
        <source>Let the wizard set SAML mode first and retry after a minute. If it still fails, an admin must allow the URL (or exempt this app), or set the Identifier on the app&apos;s SAML page in the portal.</source>
        <translation>Lassen Sie den Assistenten zuerst den SAML-Modus festlegen und versuchen Sie es nach einer Minute erneut. Schlägt es weiterhin fehl, muss ein Administrator die URL zulassen (oder diese App ausnehmen), oder legen Sie den Bezeichner auf der SAML-Seite der App im Portal fest.</translation>
    </message>
    <message>
        <source>The Identifier can&apos;t end with &apos;/&apos; when it has no path.</source>
        <translation>Der Bezeichner darf nicht auf „/“ enden, wenn er keinen Pfad hat.</translation>
    </message>
    <message>
        <source>Entra rejects a bare host name with a trailing slash as Identifier.</source>
        <translation>Entra lehnt einen reinen Hostnamen mit abschließendem Schrägstrich als Bezeichner ab.</translation>
    </message>
    <message>
        <source>Paste the full Insightly Sign-in page URL.</source>
        <translation>Fügen Sie die vollständige „Sign-in page URL“ von Insightly ein.</translation>
    </message>
    <message>
        <source>Already assigned — nothing to do.</source>
        <translation>Bereits zugewiesen – nichts zu tun.</translation>
    </message>
    <message>
        <source>This user or group already has this role on the app.</source>
        <translation>Dieser Benutzer bzw. diese Gruppe hat diese Rolle in der App bereits.</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>Keine Aktion erforderlich.</translation>
    </message>
    <message>
        <source>The half-created Insightly app can&apos;t be removed this way.</source>
        <translation>Die halb erstellte Insightly-App kann auf diese Weise nicht entfernt werden.</translation>
    </message>
    <message>
        <source>A SAML app created from the gallery can&apos;t be deleted through its service principal.</source>
        <translation>Eine aus dem Katalog erstellte SAML-App kann nicht über ihren Dienstprinzipal gelöscht werden.</translation>
    </message>
    <message>
        <source>The wizard removes the application object instead; retry the cleanup.</source>
        <translation>Der Assistent entfernt stattdessen das Anwendungsobjekt; versuchen Sie die Bereinigung erneut.</translation>
    </message>
    <message>
        <source>Your tenant (or your account) has reached its limit of directory objects.</source>
        <translation>Ihr Mandant (oder Ihr Konto) hat sein Limit an Verzeichnisobjekten erreicht.</translation>
    </message>
    <message>
        <source>Entra limits how many objects a tenant or a non-admin user may create.</source>
        <translation>Entra begrenzt, wie viele Objekte ein Mandant oder ein Benutzer ohne Administratorrechte erstellen darf.</translation>
    </message>
    <message>
        <source>Delete unused app registrations, or ask an administrator to run the wizard.</source>
        <translation>Löschen Sie nicht verwendete App-Registrierungen, oder bitten Sie einen Administrator, den Assistenten auszuführen.</translation>
    </message>
    <message>
        <source>Microsoft is rejecting requests from this tenant.</source>
        <translation>Microsoft lehnt Anforderungen von diesem Mandanten ab.</translation>
    </message>
    <message>
        <source>The tenant keeps exceeding Microsoft Graph&apos;s limits.</source>
        <translation>Der Mandant überschreitet wiederholt die Limits von Microsoft Graph.</translation>
    </message>
    <message>
        <source>Contact Microsoft support.</source>
        <translation>Wenden Sie sich an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Microsoft Graph asked the wizard to slow down.</source>
        <translation>Microsoft Graph hat den Assistenten gebeten, langsamer zu werden.</translation>
    </message>
    <message>
        <source>The tenant&apos;s request or write quota for this app was exceeded.</source>
        <translation>Das Anforderungs- oder Schreibkontingent des Mandanten für diese App wurde überschritten.</translation>
    </message>
    <message>
        <source>The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.</source>
        <translation>Der Assistent fährt nach der von Microsoft verlangten Wartezeit automatisch fort. Ist er stehen geblieben, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem.</source>
        <translation>Microsoft Graph hatte ein vorübergehendes Problem.</translation>
    </message>
    <message>
        <source>The service failed or timed out on Microsoft&apos;s side.</source>
        <translation>Der Dienst ist auf Microsoft-Seite fehlgeschlagen oder hat das Zeitlimit überschritten.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service couldn&apos;t reach Insightly&apos;s SCIM endpoint.</source>
        <translation>Der Bereitstellungsdienst von Microsoft konnte den SCIM-Endpunkt von Insightly nicht erreichen.</translation>
    </message>
    <message>
        <source>The SCIM URL is wrong, SCIM is off in Insightly, or the endpoint isn&apos;t reachable from Microsoft&apos;s network.</source>
        <translation>Die SCIM-URL ist falsch, SCIM ist in Insightly ausgeschaltet, oder der Endpunkt ist aus dem Netzwerk von Microsoft nicht erreichbar.</translation>
    </message>
    <message>
        <source>Check the SCIM endpoint URL copied from Insightly (System Settings → SAML and SCIM) and that SCIM is enabled there.
If Insightly restricts IP addresses, allow Microsoft&apos;s AzureActiveDirectory ranges.</source>
        <translation>Prüfen Sie die aus Insightly kopierte SCIM-Endpunkt-URL (System Settings → SAML and SCIM) und dass SCIM dort aktiviert ist.
Beschränkt Insightly IP-Adressen, lassen Sie die AzureActiveDirectory-Bereiche von Microsoft zu.</translation>
    </message>
    <message>
        <source>Insightly didn&apos;t accept the Secret Token.</source>
        <translation>Insightly hat das geheime Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The token was mistyped, has extra spaces, or was regenerated in Insightly.</source>
        <translation>Das Token wurde falsch eingegeben, enthält zusätzliche Leerzeichen oder wurde in Insightly neu generiert.</translation>
    </message>
    <message>
        <source>Copy the current SCIM token from Insightly (regenerating it cancels the old one), paste it, and test again.</source>
        <translation>Kopieren Sie das aktuelle SCIM-Token aus Insightly (neu generieren macht das alte ungültig), fügen Sie es ein und testen Sie erneut.</translation>
    </message>
    <message>
        <source>A user with this email already exists in Insightly but wasn&apos;t matched.</source>
        <translation>Ein Benutzer mit dieser E-Mail-Adresse existiert bereits in Insightly, wurde aber nicht zugeordnet.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s lookup by user name didn&apos;t find the existing Insightly user.</source>
        <translation>Die Suche von Microsoft nach Benutzername hat den vorhandenen Insightly-Benutzer nicht gefunden.</translation>
    </message>
    <message>
        <source>Make the Insightly user&apos;s email equal to the Entra user name, or remove the duplicate.</source>
        <translation>Gleichen Sie die E-Mail-Adresse des Insightly-Benutzers an den Entra-Benutzernamen an, oder entfernen Sie das Duplikat.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM answer wasn&apos;t in the expected format.</source>
        <translation>Die SCIM-Antwort von Insightly hatte nicht das erwartete Format.</translation>
    </message>
    <message>
        <source>The SCIM address is wrong (e.g. &apos;/Users&apos; added) or a required field is empty.</source>
        <translation>Die SCIM-Adresse ist falsch (z. B. „/Users“ angehängt), oder ein Pflichtfeld ist leer.</translation>
    </message>
    <message>
        <source>Paste the SCIM endpoint exactly as Insightly shows it, and check the user&apos;s required fields.</source>
        <translation>Fügen Sie den SCIM-Endpunkt genau so ein, wie Insightly ihn anzeigt, und prüfen Sie die Pflichtfelder des Benutzers.</translation>
    </message>
    <message>
        <source>Insightly refused the change.</source>
        <translation>Insightly hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service answered with an error.</source>
        <translation>Der SCIM-Dienst von Insightly hat mit einem Fehler geantwortet.</translation>
    </message>
    <message>
        <source>See the details for Insightly&apos;s answer.</source>
        <translation>Die Antwort von Insightly finden Sie in den Details.</translation>
    </message>
    <message>
        <source>Several users share the same matching value.</source>
        <translation>Mehrere Benutzer haben denselben Abgleichswert.</translation>
    </message>
    <message>
        <source>There are probably duplicate users in Insightly or in Entra.</source>
        <translation>Es gibt wahrscheinlich doppelte Benutzer in Insightly oder in Entra.</translation>
    </message>
    <message>
        <source>Remove the duplicate, or choose a unique matching attribute.</source>
        <translation>Entfernen Sie das Duplikat oder wählen Sie ein eindeutiges Abgleichsattribut.</translation>
    </message>
    <message>
        <source>Insightly denied the change.</source>
        <translation>Insightly hat die Änderung verweigert.</translation>
    </message>
    <message>
        <source>The SCIM token stopped working or lacks rights.</source>
        <translation>Das SCIM-Token funktioniert nicht mehr oder hat keine ausreichenden Rechte.</translation>
    </message>
    <message>
        <source>Check that the SCIM token still works and belongs to an Insightly admin; regenerate and update it if needed.</source>
        <translation>Prüfen Sie, ob das SCIM-Token noch funktioniert und einem Insightly-Administrator gehört; generieren Sie es bei Bedarf neu und aktualisieren Sie es.</translation>
    </message>
    <message>
        <source>The access token was rejected.</source>
        <translation>Das Zugriffstoken wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the needed Entra role or permission.</source>
        <translation>Dem angemeldeten Konto fehlt die erforderliche Entra-Rolle oder Berechtigung.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.</source>
        <translation>Melden Sie sich als „Cloudanwendungsadministrator“ oder „Anwendungsadministrator“ an.</translation>
    </message>
    <message>
        <source>It may not have replicated yet, or it was deleted.</source>
        <translation>Es ist möglicherweise noch nicht repliziert, oder es wurde gelöscht.</translation>
    </message>
    <message>
        <source>Wait a minute and retry.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft Entra reported a conflicting change.</source>
        <translation>Microsoft Entra hat eine widersprüchliche Änderung gemeldet.</translation>
    </message>
    <message>
        <source>Another change to the same object is still being applied.</source>
        <translation>Eine andere Änderung am selben Objekt wird noch angewendet.</translation>
    </message>
    <message>
        <source>The service failed on Microsoft&apos;s side.</source>
        <translation>Der Dienst ist auf Microsoft-Seite fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A gateway in front of it failed.</source>
        <translation>Ein vorgeschaltetes Gateway ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The service is unavailable right now.</source>
        <translation>Der Dienst ist derzeit nicht verfügbar.</translation>
    </message>
    <message>
        <source>The service took too long to answer.</source>
        <translation>Der Dienst hat zu lange für die Antwort gebraucht.</translation>
    </message>
    <message>
        <source>Microsoft sign-in doesn&apos;t know where to send you back.</source>
        <translation>Die Microsoft-Anmeldung weiß nicht, wohin Sie zurückgeleitet werden sollen.</translation>
    </message>
    <message>
        <source>The redirect URI {redirectUri} is not registered on the sign-in app {clientId}.</source>
        <translation>Der Umleitungs-URI {redirectUri} ist in der Anmelde-App {clientId} nicht registriert.</translation>
    </message>
    <message>
        <source>In App registrations → your app → Authentication, add {redirectUri} under Mobile and desktop applications.
Wait 3–5 minutes, then sign in again.</source>
        <translation>Fügen Sie unter App-Registrierungen → Ihre App → Authentifizierung {redirectUri} unter „Mobile Anwendungen und Desktopanwendungen“ hinzu.
Warten Sie 3–5 Minuten und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Your organization hasn&apos;t approved the permissions this wizard needs.</source>
        <translation>Ihre Organisation hat die Berechtigungen, die dieser Assistent benötigt, nicht genehmigt.</translation>
    </message>
    <message>
        <source>The permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) were never granted to this sign-in app in this tenant.</source>
        <translation>Die Berechtigungen (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) wurden dieser Anmelde-App in diesem Mandanten nie erteilt.</translation>
    </message>
    <message>
        <source>Sign in as an administrator who can grant tenant-wide consent and tick Consent on behalf of your organization, or ask an admin to approve the app with this link: {consentUrl}</source>
        <translation>Melden Sie sich als Administrator an, der mandantenweite Einwilligung erteilen kann, und aktivieren Sie „Im Namen Ihrer Organisation zustimmen“, oder bitten Sie einen Administrator, die App über diesen Link zu genehmigen: {consentUrl}</translation>
    </message>
    <message>
        <source>Only an administrator can approve these permissions.</source>
        <translation>Nur ein Administrator kann diese Berechtigungen genehmigen.</translation>
    </message>
    <message>
        <source>User consent is turned off in your tenant, or these permissions need admin consent.</source>
        <translation>Die Benutzereinwilligung ist in Ihrem Mandanten deaktiviert, oder diese Berechtigungen erfordern die Administratoreinwilligung.</translation>
    </message>
    <message>
        <source>Ask a Global, Privileged Role or Cloud Application Administrator to approve the app: {consentUrl}
Then sign in again.</source>
        <translation>Bitten Sie einen globalen Administrator, einen Administrator für privilegierte Rollen oder einen Cloudanwendungsadministrator, die App zu genehmigen: {consentUrl}
Melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The sign-in app is missing the basic &apos;User.Read&apos; permission.</source>
        <translation>Der Anmelde-App fehlt die grundlegende Berechtigung „User.Read“.</translation>
    </message>
    <message>
        <source>Its app registration doesn&apos;t ask for Microsoft Graph User.Read (Sign in and read user profile).</source>
        <translation>Ihre App-Registrierung fordert Microsoft Graph User.Read (Anmelden und Benutzerprofil lesen) nicht an.</translation>
    </message>
    <message>
        <source>Add User.Read under API permissions of the app registration and grant consent.</source>
        <translation>Fügen Sie User.Read unter den API-Berechtigungen der App-Registrierung hinzu und erteilen Sie die Einwilligung.</translation>
    </message>
    <message>
        <source>You declined the permission request.</source>
        <translation>Sie haben die Berechtigungsanfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The permissions screen was cancelled, so the wizard can&apos;t continue.</source>
        <translation>Der Berechtigungsdialog wurde abgebrochen, daher kann der Assistent nicht fortfahren.</translation>
    </message>
    <message>
        <source>Start sign-in again and accept, or ask an admin to approve the app for everyone.</source>
        <translation>Starten Sie die Anmeldung erneut und akzeptieren Sie, oder bitten Sie einen Administrator, die App für alle zu genehmigen.</translation>
    </message>
    <message>
        <source>The built-in sign-in app isn&apos;t allowed to request this access.</source>
        <translation>Die integrierte Anmelde-App darf diesen Zugriff nicht anfordern.</translation>
    </message>
    <message>
        <source>Microsoft has not pre-authorized its own client app for this API.</source>
        <translation>Microsoft hat seine eigene Client-App für diese API nicht vorab autorisiert.</translation>
    </message>
    <message>
        <source>In Settings, enter your own app registration&apos;s client ID.</source>
        <translation>Geben Sie in den Einstellungen die Client-ID Ihrer eigenen App-Registrierung ein.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication.</source>
        <translation>Ihre Organisation verlangt die mehrstufige Authentifizierung.</translation>
    </message>
    <message>
        <source>A Conditional Access policy or per-user MFA asks for a second factor, which wasn&apos;t completed.</source>
        <translation>Eine Richtlinie für bedingten Zugriff oder die MFA pro Benutzer verlangt einen zweiten Faktor, der nicht abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Complete (approve) the extra verification in the sign-in window. If this appeared while the wizard was reconnecting, just sign in again.</source>
        <translation>Schließen Sie die zusätzliche Überprüfung im Anmeldefenster ab (genehmigen Sie sie). Erschien dies, während der Assistent die Verbindung wiederherstellte, melden Sie sich einfach erneut an.</translation>
    </message>
    <message>
        <source>Your account must register a verification method first.</source>
        <translation>Ihr Konto muss zuerst eine Überprüfungsmethode registrieren.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication, and no method is registered for this account.</source>
        <translation>Ihre Organisation verlangt die mehrstufige Authentifizierung, und für dieses Konto ist keine Methode registriert.</translation>
    </message>
    <message>
        <source>Follow the registration prompt in the sign-in window, or register on the Security info page, then retry.</source>
        <translation>Folgen Sie der Registrierungsaufforderung im Anmeldefenster oder registrieren Sie sich auf der Seite „Sicherheitsinformationen“, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Sign-in was blocked by your organization&apos;s access policy.</source>
        <translation>Die Anmeldung wurde durch die Zugriffsrichtlinie Ihrer Organisation blockiert.</translation>
    </message>
    <message>
        <source>A Conditional Access policy, a security policy or Security Defaults blocks this user, app, location or sign-in method.</source>
        <translation>Eine Richtlinie für bedingten Zugriff, eine Sicherheitsrichtlinie oder die Sicherheitsstandards blockieren diesen Benutzer, diese App, diesen Standort oder diese Anmeldemethode.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser and try again.
If it is still blocked, an admin can open Entra → Sign-in logs, find this attempt by its correlation ID and check the Conditional Access tab.</source>
        <translation>Wählen Sie „Mit Systembrowser anmelden“ und versuchen Sie es erneut.
Ist die Anmeldung weiterhin blockiert, kann ein Administrator Entra → Anmeldeprotokolle öffnen, diesen Versuch anhand seiner Korrelations-ID suchen und die Registerkarte „Bedingter Zugriff“ prüfen.</translation>
    </message>
    <message>
        <source>Your organization only accepts sign-ins from managed devices through a supported browser.</source>
        <translation>Ihre Organisation akzeptiert Anmeldungen nur von verwalteten Geräten über einen unterstützten Browser.</translation>
    </message>
    <message>
        <source>The wizard&apos;s built-in sign-in window can&apos;t prove this device is compliant.</source>
        <translation>Das integrierte Anmeldefenster des Assistenten kann nicht nachweisen, dass dieses Gerät konform ist.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser, or run the wizard on a compliant, enrolled device.</source>
        <translation>Wählen Sie „Mit Systembrowser anmelden“, oder führen Sie den Assistenten auf einem konformen, registrierten Gerät aus.</translation>
    </message>
    <message>
        <source>This tenant&apos;s device rules don&apos;t trust your home organization&apos;s devices.</source>
        <translation>Die Geräteregeln dieses Mandanten vertrauen den Geräten Ihrer Heimorganisation nicht.</translation>
    </message>
    <message>
        <source>You are signing in as a guest, and cross-tenant trust of device compliance is not configured.</source>
        <translation>Sie melden sich als Gast an, und die mandantenübergreifende Vertrauensstellung für die Gerätekonformität ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Use an account that is a member of this tenant, or ask its admin to configure cross-tenant trust.</source>
        <translation>Verwenden Sie ein Konto, das Mitglied dieses Mandanten ist, oder bitten Sie dessen Administrator, die mandantenübergreifende Vertrauensstellung zu konfigurieren.</translation>
    </message>
    <message>
        <source>The sign-in app {clientId} isn&apos;t known in tenant {tenant}.</source>
        <translation>Die Anmelde-App {clientId} ist im Mandanten {tenant} nicht bekannt.</translation>
    </message>
    <message>
        <source>The client ID is mistyped, the app was deleted, or it is a single-tenant app of another tenant.</source>
        <translation>Die Client-ID ist falsch eingegeben, die App wurde gelöscht, oder es handelt sich um eine Einzelmandanten-App eines anderen Mandanten.</translation>
    </message>
    <message>
        <source>Check the client ID and tenant in Settings, register the app in this tenant, or make it multi-tenant.</source>
        <translation>Prüfen Sie Client-ID und Mandant in den Einstellungen, registrieren Sie die App in diesem Mandanten, oder machen Sie sie mehrinstanzenfähig.</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app, but the wizard is a desktop app.</source>
        <translation>Die App-Registrierung ist als Web-App eingerichtet, der Assistent ist jedoch eine Desktop-App.</translation>
    </message>
    <message>
        <source>Entra expects a client secret because the redirect URI is registered under Web, or public client flows are off.</source>
        <translation>Entra erwartet einen geheimen Clientschlüssel, weil der Umleitungs-URI unter „Web“ registriert ist oder öffentliche Clientflows deaktiviert sind.</translation>
    </message>
    <message>
        <source>Register the redirect URI under Mobile and desktop applications, and set Allow public client flows = Yes.</source>
        <translation>Registrieren Sie den Umleitungs-URI unter „Mobile Anwendungen und Desktopanwendungen“ und setzen Sie „Öffentliche Clientflows zulassen“ auf „Ja“.</translation>
    </message>
    <message>
        <source>Internal configuration error: the desktop client sent a secret.</source>
        <translation>Interner Konfigurationsfehler: Der Desktop-Client hat ein Geheimnis gesendet.</translation>
    </message>
    <message>
        <source>A public client must not send a client secret or assertion.</source>
        <translation>Ein öffentlicher Client darf keinen geheimen Clientschlüssel und keine Assertion senden.</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>This sign-in app only works with a specific tenant.</source>
        <translation>Diese Anmelde-App funktioniert nur mit einem bestimmten Mandanten.</translation>
    </message>
    <message>
        <source>It is a single-tenant app, and the wizard used &apos;common&apos; or &apos;organizations&apos;.</source>
        <translation>Es ist eine Einzelmandanten-App, und der Assistent hat „common“ oder „organizations“ verwendet.</translation>
    </message>
    <message>
        <source>Enter your tenant ID or domain in the wizard, then sign in again.</source>
        <translation>Geben Sie im Assistenten Ihre Mandanten-ID oder Domäne ein und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The account you used isn&apos;t part of {tenant}.</source>
        <translation>Das verwendete Konto gehört nicht zu {tenant}.</translation>
    </message>
    <message>
        <source>It is a personal account, an account of another tenant, or the user name is mistyped.</source>
        <translation>Es ist ein persönliches Konto, ein Konto eines anderen Mandanten, oder der Benutzername ist falsch eingegeben.</translation>
    </message>
    <message>
        <source>Sign out and use your work account from that organization (it also needs an admin role there).</source>
        <translation>Melden Sie sich ab und verwenden Sie Ihr Geschäftskonto dieser Organisation (es benötigt dort auch eine Administratorrolle).</translation>
    </message>
    <message>
        <source>Your external account can&apos;t complete this tenant&apos;s verification.</source>
        <translation>Ihr externes Konto kann die Überprüfung dieses Mandanten nicht abschließen.</translation>
    </message>
    <message>
        <source>A guest account cannot satisfy this tenant&apos;s multifactor authentication.</source>
        <translation>Ein Gastkonto kann die mehrstufige Authentifizierung dieses Mandanten nicht erfüllen.</translation>
    </message>
    <message>
        <source>Use a member account of the tenant.</source>
        <translation>Verwenden Sie ein Mitgliedskonto des Mandanten.</translation>
    </message>
    <message>
        <source>Your network or a cross-tenant policy doesn&apos;t allow signing in to {tenant} with this account.</source>
        <translation>Ihr Netzwerk oder eine mandantenübergreifende Richtlinie lässt die Anmeldung bei {tenant} mit diesem Konto nicht zu.</translation>
    </message>
    <message>
        <source>Tenant restrictions on your network, or a cross-tenant access policy, block this tenant.</source>
        <translation>Mandanteneinschränkungen in Ihrem Netzwerk oder eine Richtlinie für mandantenübergreifenden Zugriff blockieren diesen Mandanten.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow that tenant, or use a member account of the target tenant or another network.</source>
        <translation>Bitten Sie Ihr IT-Team, diesen Mandanten zuzulassen, oder verwenden Sie ein Mitgliedskonto des Zielmandanten oder ein anderes Netzwerk.</translation>
    </message>
    <message>
        <source>As a partner admin you can only use apps the customer tenant has approved.</source>
        <translation>Als Partneradministrator können Sie nur Apps verwenden, die der Kundenmandant genehmigt hat.</translation>
    </message>
    <message>
        <source>The sign-in app has no consent in the customer tenant.</source>
        <translation>Für die Anmelde-App liegt im Kundenmandanten keine Einwilligung vor.</translation>
    </message>
    <message>
        <source>Have a customer admin consent to the wizard&apos;s app first: {consentUrl}</source>
        <translation>Lassen Sie zuerst einen Administrator des Kunden in die App des Assistenten einwilligen: {consentUrl}</translation>
    </message>
    <message>
        <source>User name or password is incorrect.</source>
        <translation>Benutzername oder Kennwort ist falsch.</translation>
    </message>
    <message>
        <source>Microsoft didn&apos;t accept the credentials entered.</source>
        <translation>Microsoft hat die eingegebenen Anmeldeinformationen nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Try again or reset your password.</source>
        <translation>Versuchen Sie es erneut oder setzen Sie Ihr Kennwort zurück.</translation>
    </message>
    <message>
        <source>The account is locked, blocked from this network, has an expired password, or is disabled.</source>
        <translation>Das Konto ist gesperrt, für dieses Netzwerk blockiert, hat ein abgelaufenes Kennwort oder ist deaktiviert.</translation>
    </message>
    <message>
        <source>Too many failed attempts, a flagged IP address, an expired password or a disabled account.</source>
        <translation>Zu viele Fehlversuche, eine markierte IP-Adresse, ein abgelaufenes Kennwort oder ein deaktiviertes Konto.</translation>
    </message>
    <message>
        <source>Wait and retry, reset the password, or ask an admin to re-enable the account. An admin sees the exact reason in the Sign-in logs.</source>
        <translation>Warten Sie und versuchen Sie es erneut, setzen Sie das Kennwort zurück, oder bitten Sie einen Administrator, das Konto wieder zu aktivieren. Ein Administrator sieht den genauen Grund in den Anmeldeprotokollen.</translation>
    </message>
    <message>
        <source>You aren&apos;t assigned to the sign-in app used by this wizard.</source>
        <translation>Sie sind der von diesem Assistenten verwendeten Anmelde-App nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Assignment required is on for the app, and your account isn&apos;t assigned to it.</source>
        <translation>Für die App ist „Zuweisung erforderlich?“ aktiviert, und Ihr Konto ist ihr nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Add your account under Enterprise applications → the sign-in app → Users and groups, or turn off Assignment required.</source>
        <translation>Fügen Sie Ihr Konto unter Unternehmensanwendungen → Anmelde-App → Benutzer und Gruppen hinzu, oder deaktivieren Sie „Zuweisung erforderlich?“.</translation>
    </message>
    <message>
        <source>The requested Microsoft service isn&apos;t available in this tenant.</source>
        <translation>Der angeforderte Microsoft-Dienst ist in diesem Mandanten nicht verfügbar.</translation>
    </message>
    <message>
        <source>The tenant or the cloud (commercial, US Government, China) in Settings is probably wrong.</source>
        <translation>Der Mandant oder die Cloud (kommerziell, US Government, China) in den Einstellungen ist wahrscheinlich falsch.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud in Settings, then sign in again.</source>
        <translation>Prüfen Sie Mandant und Cloud in den Einstellungen und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Tenant {tenant} wasn&apos;t found.</source>
        <translation>Der Mandant {tenant} wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The tenant name is mistyped, not registered, or in another cloud.</source>
        <translation>Der Mandantenname ist falsch eingegeben, nicht registriert oder in einer anderen Cloud.</translation>
    </message>
    <message>
        <source>Enter the tenant ID (GUID) or a verified domain.</source>
        <translation>Geben Sie die Mandanten-ID (GUID) oder eine überprüfte Domäne ein.</translation>
    </message>
    <message>
        <source>Internal request error (invalid scope).</source>
        <translation>Interner Anforderungsfehler (ungültiger Bereich).</translation>
    </message>
    <message>
        <source>Microsoft rejected the permissions the wizard asked for.</source>
        <translation>Microsoft hat die vom Assistenten angeforderten Berechtigungen abgelehnt.</translation>
    </message>
    <message>
        <source>Please report this problem with the correlation ID.</source>
        <translation>Bitte melden Sie dieses Problem mit der Korrelations-ID.</translation>
    </message>
    <message>
        <source>Your sign-in took too long or the saved session is no longer valid.</source>
        <translation>Ihre Anmeldung hat zu lange gedauert, oder die gespeicherte Sitzung ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>The sign-in code expired or the saved sign-in was revoked.</source>
        <translation>Der Anmeldecode ist abgelaufen, oder die gespeicherte Anmeldung wurde widerrufen.</translation>
    </message>
    <message>
        <source>Sign-in was interrupted by an internal error.</source>
        <translation>Die Anmeldung wurde durch einen internen Fehler unterbrochen.</translation>
    </message>
    <message>
        <source>The sign-in answer didn&apos;t belong to this sign-in attempt, or was used twice.</source>
        <translation>Die Anmeldeantwort gehörte nicht zu diesem Anmeldeversuch oder wurde zweimal verwendet.</translation>
    </message>
    <message>
        <source>Please start sign-in again. If it happens again, report it with the correlation ID.</source>
        <translation>Bitte starten Sie die Anmeldung erneut. Tritt dies wieder auf, melden Sie es mit der Korrelations-ID.</translation>
    </message>
    <message>
        <source>Your saved sign-in expired because the wizard wasn&apos;t used for a long time.</source>
        <translation>Ihre gespeicherte Anmeldung ist abgelaufen, weil der Assistent lange nicht verwendet wurde.</translation>
    </message>
    <message>
        <source>The saved refresh token expired after a long period without use.</source>
        <translation>Das gespeicherte Aktualisierungstoken ist nach langer Nichtverwendung abgelaufen.</translation>
    </message>
    <message>
        <source>Your saved sign-in was cancelled.</source>
        <translation>Ihre gespeicherte Anmeldung wurde aufgehoben.</translation>
    </message>
    <message>
        <source>The password was changed or an admin revoked your sessions.</source>
        <translation>Das Kennwort wurde geändert, oder ein Administrator hat Ihre Sitzungen widerrufen.</translation>
    </message>
    <message>
        <source>Your organization requires you to confirm your sign-in again.</source>
        <translation>Ihre Organisation verlangt, dass Sie Ihre Anmeldung erneut bestätigen.</translation>
    </message>
    <message>
        <source>The saved sign-in can&apos;t be renewed silently (sign-in frequency, expired MFA or a password change).</source>
        <translation>Die gespeicherte Anmeldung kann nicht im Hintergrund erneuert werden (Anmeldehäufigkeit, abgelaufene MFA oder Kennwortänderung).</translation>
    </message>
    <message>
        <source>Consent for the sign-in app is missing in this tenant.</source>
        <translation>Die Einwilligung für die Anmelde-App fehlt in diesem Mandanten.</translation>
    </message>
    <message>
        <source>Sign in as an administrator and grant consent, or ask an admin to approve the app: {consentUrl}</source>
        <translation>Melden Sie sich als Administrator an und erteilen Sie die Einwilligung, oder bitten Sie einen Administrator, die App zu genehmigen: {consentUrl}</translation>
    </message>
    <message>
        <source>Microsoft couldn&apos;t use the sign-in response.</source>
        <translation>Microsoft konnte die Anmeldeantwort nicht verwenden.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed or a saved value was damaged.</source>
        <translation>Die Anmeldeanforderung war fehlerhaft, oder ein gespeicherter Wert war beschädigt.</translation>
    </message>
    <message>
        <source>Start sign-in again. If it keeps failing, send the correlation ID to support.</source>
        <translation>Starten Sie die Anmeldung erneut. Schlägt sie weiterhin fehl, senden Sie die Korrelations-ID an den Support.</translation>
    </message>
    <message>
        <source>Too many repeated sign-in requests.</source>
        <translation>Zu viele wiederholte Anmeldeanforderungen.</translation>
    </message>
    <message>
        <source>Microsoft detected a sign-in loop.</source>
        <translation>Microsoft hat eine Anmeldeschleife erkannt.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft sign-in is temporarily busy.</source>
        <translation>Die Microsoft-Anmeldung ist vorübergehend ausgelastet.</translation>
    </message>
    <message>
        <source>The sign-in service had a transient problem.</source>
        <translation>Der Anmeldedienst hatte ein vorübergehendes Problem.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in app is disabled in your tenant.</source>
        <translation>Die Anmelde-App ist in Ihrem Mandanten deaktiviert.</translation>
    </message>
    <message>
        <source>Its enterprise application is not enabled for users to sign in.</source>
        <translation>Ihre Unternehmensanwendung ist nicht für die Benutzeranmeldung aktiviert.</translation>
    </message>
    <message>
        <source>Re-enable it in Enterprise applications → the app → Properties → Enabled for users to sign in.</source>
        <translation>Aktivieren Sie sie wieder unter Unternehmensanwendungen → App → Eigenschaften → „Aktiviert für die Benutzeranmeldung“.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid.</source>
        <translation>Ihre Anmeldung ist nicht mehr gültig.</translation>
    </message>
    <message>
        <source>The sign-in code or the saved session was rejected by Microsoft.</source>
        <translation>Der Anmeldecode oder die gespeicherte Sitzung wurde von Microsoft abgelehnt.</translation>
    </message>
    <message>
        <source>Sign-in with a code was declined.</source>
        <translation>Die Anmeldung mit einem Code wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The code sign-in was refused on the other device.</source>
        <translation>Die Code-Anmeldung wurde auf dem anderen Gerät verweigert.</translation>
    </message>
    <message>
        <source>Start sign-in again and approve it.</source>
        <translation>Starten Sie die Anmeldung erneut und genehmigen Sie sie.</translation>
    </message>
    <message>
        <source>The sign-in code expired.</source>
        <translation>Der Anmeldecode ist abgelaufen.</translation>
    </message>
    <message>
        <source>It wasn&apos;t entered within its validity (about 15 minutes).</source>
        <translation>Er wurde nicht innerhalb seiner Gültigkeit (etwa 15 Minuten) eingegeben.</translation>
    </message>
    <message>
        <source>Get a new code and enter it.</source>
        <translation>Fordern Sie einen neuen Code an und geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>The sign-in code wasn&apos;t recognized.</source>
        <translation>Der Anmeldecode wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>The code entered doesn&apos;t match the one shown.</source>
        <translation>Der eingegebene Code stimmt nicht mit dem angezeigten überein.</translation>
    </message>
    <message>
        <source>Get a new code and enter it exactly as shown.</source>
        <translation>Fordern Sie einen neuen Code an und geben Sie ihn genau wie angezeigt ein.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>Warten auf die Eingabe des Codes…</translation>
    </message>
    <message>
        <source>Sign-in on the other device isn&apos;t finished yet.</source>
        <translation>Die Anmeldung auf dem anderen Gerät ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Enter the code shown and sign in.</source>
        <translation>Geben Sie den angezeigten Code ein und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Sign-in returned to an unexpected address.</source>
        <translation>Die Anmeldung ist zu einer unerwarteten Adresse zurückgekehrt.</translation>
    </message>
    <message>
        <source>The answer didn&apos;t come back to the wizard&apos;s redirect URI.</source>
        <translation>Die Antwort kam nicht an den Umleitungs-URI des Assistenten zurück.</translation>
    </message>
    <message>
        <source>Please start sign-in again.</source>
        <translation>Bitte starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach Microsoft.</source>
        <translation>Der Assistent konnte Microsoft nicht erreichen.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach %1.</source>
        <translation>Der Assistent konnte %1 nicht erreichen.</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings, then retry.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und Ihre Proxyeinstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1.</source>
        <translation>Microsoft Graph hat mit dem HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>Retry the step. If it keeps failing, send the diagnostics (with the request ID) to support.</source>
        <translation>Wiederholen Sie den Schritt. Schlägt er weiterhin fehl, senden Sie die Diagnose (mit der Anforderungs-ID) an den Support.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Microsoft sign-in.</source>
        <translation>Die Microsoft-Anmeldung war nicht erreichbar.</translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation>Die Microsoft-Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Microsoft returned an error the wizard doesn&apos;t know.</source>
        <translation>Microsoft hat einen Fehler gemeldet, den der Assistent nicht kennt.</translation>
    </message>
    <message>
        <source>Try signing in again. If it keeps failing, send the diagnostics (with the correlation ID) to support.</source>
        <translation>Melden Sie sich erneut an. Schlägt es weiterhin fehl, senden Sie die Diagnose (mit der Korrelations-ID) an den Support.</translation>
    </message>
</context>
<context>
    <name>FederationMetadata</name>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates), or use &quot;Certificate (Base64)&quot; instead.</source>
        <translation>Laden Sie „Verbundmetadaten-XML“ erneut aus der Anwendung Insightly SAML in Entra herunter („Einmaliges Anmelden“, „SAML-Zertifikate“), oder verwenden Sie stattdessen „Zertifikat (Base64)“.</translation>
    </message>
    <message>
        <source>The metadata file is empty.</source>
        <translation>Die Metadatendatei ist leer.</translation>
    </message>
    <message>
        <source>It contains no XML.</source>
        <translation>Sie enthält kein XML.</translation>
    </message>
    <message>
        <source>This file is not Entra federation metadata.</source>
        <translation>Diese Datei enthält keine Entra-Verbundmetadaten.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does.</source>
        <translation>Sie deklariert einen Dokumenttyp (DTD), was Metadaten nie tun.</translation>
    </message>
    <message>
        <source>It is a web page (HTML), perhaps a sign-in page saved instead of the download.</source>
        <translation>Es ist eine Webseite (HTML), vielleicht eine Anmeldeseite, die statt des Downloads gespeichert wurde.</translation>
    </message>
    <message>
        <source>Its top element is &lt;%1&gt;, not &lt;EntityDescriptor&gt;.</source>
        <translation>Ihr oberstes Element ist &lt;%1&gt;, nicht &lt;EntityDescriptor&gt;.</translation>
    </message>
    <message>
        <source>A certificate in the metadata cannot be read.</source>
        <translation>Ein Zertifikat in den Metadaten kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The metadata file is damaged.</source>
        <translation>Die Metadatendatei ist beschädigt.</translation>
    </message>
    <message>
        <source>It is not well-formed XML (%1); it may have been cut off or edited.</source>
        <translation>Sie ist kein wohlgeformtes XML (%1); möglicherweise wurde sie abgeschnitten oder bearbeitet.</translation>
    </message>
    <message>
        <source>The metadata holds no SAML signing certificate.</source>
        <translation>Die Metadaten enthalten kein SAML-Signaturzertifikat.</translation>
    </message>
    <message>
        <source>It has no &lt;KeyDescriptor use=&quot;signing&quot;&gt; under &lt;IDPSSODescriptor&gt;.</source>
        <translation>Sie enthalten kein &lt;KeyDescriptor use=&quot;signing&quot;&gt; unter &lt;IDPSSODescriptor&gt;.</translation>
    </message>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates).</source>
        <translation>Laden Sie „Verbundmetadaten-XML“ erneut aus der Anwendung Insightly SAML in Entra herunter („Einmaliges Anmelden“, „SAML-Zertifikate“).</translation>
    </message>
    <message>
        <source>The metadata file</source>
        <translation>Die Metadatendatei</translation>
    </message>
    <message>
        <source>The metadata file can&apos;t be read.</source>
        <translation>Die Metadatendatei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Its text isn&apos;t UTF-8, and it names no other encoding: it was probably converted or damaged after the download.</source>
        <translation>Ihr Text ist kein UTF-8, und sie gibt keine andere Codierung an: Sie wurde wahrscheinlich nach dem Herunterladen konvertiert oder beschädigt.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does; the wizard doesn&apos;t read such files.</source>
        <translation>Sie deklariert einen Dokumenttyp (DTD), was Metadaten nie tun; der Assistent liest solche Dateien nicht.</translation>
    </message>
    <message>
        <source>An element in it has far more attributes than metadata ever has.</source>
        <translation>Ein Element darin hat weit mehr Attribute, als Metadaten je haben.</translation>
    </message>
    <message>
        <source>Its elements nest far deeper than metadata ever does.</source>
        <translation>Ihre Elemente sind weit tiefer verschachtelt, als es in Metadaten je vorkommt.</translation>
    </message>
    <message>
        <source>It has far more elements than metadata ever has.</source>
        <translation>Sie hat weit mehr Elemente, als Metadaten je haben.</translation>
    </message>
</context>
<context>
    <name>GalleryApplication</name>
    <message>
        <source>Waiting for Microsoft Entra to finish creating the application… seen %1 of %2 times</source>
        <translation>Es wird gewartet, bis Microsoft Entra das Erstellen der Anwendung abschließt… %1 von %2 Mal gesehen</translation>
    </message>
    <message>
        <source>Microsoft Entra did not finish creating the application in time.</source>
        <translation>Microsoft Entra hat das Erstellen der Anwendung nicht rechtzeitig abgeschlossen.</translation>
    </message>
    <message>
        <source>The new application was not readable consistently (replication).</source>
        <translation>Die neue Anwendung war nicht einheitlich lesbar (Replikation).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the same application instead of creating another.</source>
        <translation>Warten Sie einige Minuten und führen Sie diesen Schritt erneut aus; er setzt mit derselben Anwendung fort, statt eine weitere zu erstellen.</translation>
    </message>
    <message>
        <source>Looking for an Insightly SAML application made earlier…</source>
        <translation>Eine früher erstellte Insightly SAML-Anwendung wird gesucht…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist; choose the one to use.</source>
        <translation>Es gibt mehrere Insightly SAML-Anwendungen; wählen Sie die zu verwendende aus.</translation>
    </message>
    <message>
        <source>Adding Insightly SAML from the gallery…</source>
        <translation>Insightly SAML wird aus dem Katalog hinzugefügt…</translation>
    </message>
    <message>
        <source>Insightly SAML was added; waiting for Microsoft Entra to finish creating it…</source>
        <translation>Insightly SAML wurde hinzugefügt; es wird gewartet, bis Microsoft Entra das Erstellen abschließt…</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer; checking whether the application was added…</source>
        <translation>Microsoft Entra hat nicht geantwortet; es wird geprüft, ob die Anwendung hinzugefügt wurde…</translation>
    </message>
    <message>
        <source>Insightly SAML could not be added.</source>
        <translation>Insightly SAML konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer the request to add the application.</source>
        <translation>Microsoft Entra hat auf die Anforderung zum Hinzufügen der Anwendung nicht geantwortet.</translation>
    </message>
    <message>
        <source>Check the network connection and run this step again; the wizard first looks for an application that may have been added.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und führen Sie diesen Schritt erneut aus; der Assistent sucht zuerst nach einer Anwendung, die möglicherweise hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>The application object of Insightly SAML was not found.</source>
        <translation>Das Anwendungsobjekt von Insightly SAML wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Microsoft Entra lists the enterprise application but not its application registration.</source>
        <translation>Microsoft Entra führt die Unternehmensanwendung auf, aber nicht ihre App-Registrierung.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again.</source>
        <translation>Warten Sie einige Minuten und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to list the application…</source>
        <translation>Es wird gewartet, bis Microsoft Entra die Anwendung aufführt…</translation>
    </message>
    <message>
        <source>Using the existing Insightly SAML application.</source>
        <translation>Die vorhandene Insightly SAML-Anwendung wird verwendet.</translation>
    </message>
    <message>
        <source>Looking for the Insightly SAML application of the existing setup…</source>
        <translation>Die Anwendung Insightly SAML der bestehenden Einrichtung wird gesucht…</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>In diesem Mandanten wurde keine Anwendung Insightly SAML gefunden.</translation>
    </message>
    <message>
        <source>No enterprise application made from the Insightly SAML gallery entry exists, so there is no setup to work on.</source>
        <translation>Es gibt keine Unternehmensanwendung aus dem Katalogeintrag Insightly SAML, daher gibt es keine Einrichtung, die bearbeitet werden könnte.</translation>
    </message>
    <message>
        <source>Check that you signed in to the right tenant, or run a new setup first.</source>
        <translation>Prüfen Sie, ob Sie sich beim richtigen Mandanten angemeldet haben, oder führen Sie zuerst eine neue Einrichtung aus.</translation>
    </message>
</context>
<context>
    <name>GalleryLookup</name>
    <message>
        <source>Looking for the application from the last run…</source>
        <translation>Die Anwendung aus dem letzten Durchlauf wird gesucht…</translation>
    </message>
    <message>
        <source>Looking for Insightly SAML in the Microsoft Entra gallery…</source>
        <translation>Insightly SAML wird im Microsoft Entra-Katalog gesucht…</translation>
    </message>
    <message>
        <source>Insightly SAML was not found in the Microsoft Entra application gallery.</source>
        <translation>Insightly SAML wurde im Microsoft Entra-Anwendungskatalog nicht gefunden.</translation>
    </message>
    <message>
        <source>The gallery returned no application named &quot;Insightly SAML&quot;. The older &quot;Insightly&quot; entry offers only linked sign-on and cannot be used for SAML and provisioning.</source>
        <translation>Der Katalog hat keine Anwendung namens „Insightly SAML“ zurückgegeben. Der ältere Eintrag „Insightly“ bietet nur verknüpftes einmaliges Anmelden und kann nicht für SAML und Bereitstellung verwendet werden.</translation>
    </message>
    <message>
        <source>Check in the Entra admin center (Enterprise applications &gt; New application) that &quot;Insightly SAML&quot; is listed, then run this step again.</source>
        <translation>Prüfen Sie im Microsoft Entra Admin Center (Unternehmensanwendungen &gt; Neue Anwendung), ob „Insightly SAML“ aufgeführt ist, und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The Microsoft Entra gallery lists Insightly SAML more than once.</source>
        <translation>Der Microsoft Entra-Katalog führt Insightly SAML mehrfach auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n gallery applications are named &quot;Insightly SAML&quot;; the wizard cannot tell which one is right.</source>
        <translation>
            <numerusform>%n Katalog-Anwendung heißt „Insightly SAML“; der Assistent kann nicht erkennen, welche die richtige ist.</numerusform>
            <numerusform>%n Katalog-Anwendungen heißen „Insightly SAML“; der Assistent kann nicht erkennen, welche die richtige ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Insightly SAML by hand in the Entra admin center, then run the wizard again: it finds the application you added.</source>
        <translation>Fügen Sie Insightly SAML manuell im Microsoft Entra Admin Center hinzu und führen Sie den Assistenten dann erneut aus: Er findet die von Ihnen hinzugefügte Anwendung.</translation>
    </message>
    <message>
        <source>The Insightly SAML gallery application does not offer what the wizard needs.</source>
        <translation>Die Katalog-Anwendung Insightly SAML bietet nicht, was der Assistent benötigt.</translation>
    </message>
    <message>
        <source>It must support SAML single sign-on and automatic provisioning (SCIM); Entra lists sign-on modes &quot;%1&quot; and provisioning types &quot;%2&quot;.</source>
        <translation>Sie muss einmaliges Anmelden per SAML und automatische Bereitstellung (SCIM) unterstützen; Entra führt die Anmeldemodi „%1“ und die Bereitstellungstypen „%2“ auf.</translation>
    </message>
    <message>
        <source>Set up Insightly by hand following Insightly&apos;s article, or contact Microsoft support about the gallery entry.</source>
        <translation>Richten Sie Insightly manuell nach dem Artikel von Insightly ein, oder wenden Sie sich wegen des Katalogeintrags an den Microsoft-Support.</translation>
    </message>
</context>
<context>
    <name>HealthVerdict</name>
    <message>
        <source>Run the wizard and choose &quot;Check the status of an existing setup&quot;.</source>
        <translation>Führen Sie den Assistenten aus und wählen Sie „Status einer bestehenden Einrichtung prüfen“.</translation>
    </message>
    <message>
        <source>The SAML signing certificate has expired: nobody can sign in.</source>
        <translation>Das SAML-Signaturzertifikat ist abgelaufen: Niemand kann sich anmelden.</translation>
    </message>
    <message numerus="yes">
        <source>The SAML signing certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Das SAML-Signaturzertifikat läuft in %n Tag ab.</numerusform>
            <numerusform>Das SAML-Signaturzertifikat läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, but Entra signs with %2: sign-ins are rejected.</source>
        <translation>Insightly hat das Zertifikat %1, aber Entra signiert mit %2: Anmeldungen werden abgelehnt.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Laden Sie das aktive Zertifikat in Insightly hoch, oder führen Sie den Assistenten erneut aus und wählen Sie „SAML-Signaturzertifikat einer bestehenden Einrichtung erneuern“.</translation>
    </message>
    <message>
        <source>Run the wizard once and sign in: the check uses the saved session.</source>
        <translation>Führen Sie den Assistenten einmal aus und melden Sie sich an: Die Prüfung verwendet die gespeicherte Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>The SCIM token was saved %n day(s) ago.</source>
        <translation>
            <numerusform>Das SCIM-Token wurde vor %n Tag gespeichert.</numerusform>
            <numerusform>Das SCIM-Token wurde vor %n Tagen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SCIM token&quot;.</source>
        <translation>Führen Sie den Assistenten erneut aus und wählen Sie „SCIM-Token einer bestehenden Einrichtung erneuern“.</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Nicht feststellbar</translation>
    </message>
    <message>
        <source>Insightly SSO: %1</source>
        <translation>Insightly SSO: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>Insightly SSO setup check — %1</source>
        <translation>Prüfung der Insightly-SSO-Einrichtung – %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Mandant: %1 (%2)</translation>
    </message>
    <message>
        <source>Insightly: %1</source>
        <translation>Insightly: %1</translation>
    </message>
    <message>
        <source>Status: %1 (exit status %2)</source>
        <translation>Status: %1 (Exit-Status %2)</translation>
    </message>
    <message>
        <source>Run the wizard on this computer to set up single sign-on (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Führen Sie den Assistenten auf diesem Computer aus, um einmaliges Anmelden einzurichten (oder geben Sie --tenant mit der Mandanten-ID einer hier vorgenommenen Einrichtung an).</translation>
    </message>
    <message>
        <source>Run the wizard, sign in and choose &quot;Check the status of an existing setup&quot;: the check then uses that saved session.</source>
        <translation>Führen Sie den Assistenten aus, melden Sie sich an und wählen Sie „Status einer bestehenden Einrichtung prüfen“: Die Prüfung verwendet dann diese gespeicherte Sitzung.</translation>
    </message>
</context>
<context>
    <name>InsightlyJournal</name>
    <message>
        <source>Asked to upload the new SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Gebeten, das neue SAML-Signaturzertifikat in den SAML-Einstellungen von Insightly hochzuladen.</translation>
    </message>
    <message>
        <source>Asked to upload the SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Gebeten, das SAML-Signaturzertifikat in den SAML-Einstellungen von Insightly hochzuladen.</translation>
    </message>
    <message>
        <source>Asked to enter Entra&apos;s Login URL and Identifier in Insightly&apos;s SAML settings.</source>
        <translation>Gebeten, die Anmelde-URL und den Bezeichner von Entra in den SAML-Einstellungen von Insightly einzutragen.</translation>
    </message>
    <message>
        <source>Insightly accepted a SAML sign-in from Entra.</source>
        <translation>Insightly hat eine SAML-Anmeldung von Entra angenommen.</translation>
    </message>
    <message>
        <source>Insightly did not accept the SAML sign-in from Entra.</source>
        <translation>Insightly hat die SAML-Anmeldung von Entra nicht angenommen.</translation>
    </message>
    <message>
        <source>Asked to tick Enforce SAML Login in Insightly&apos;s SAML settings, now that a sign-in worked.</source>
        <translation>Gebeten, in den SAML-Einstellungen von Insightly „Enforce SAML Login“ anzukreuzen, nachdem eine Anmeldung funktioniert hat.</translation>
    </message>
    <message>
        <source>The administrator confirmed that Enforce SAML Login is ticked.</source>
        <translation>Der Administrator hat bestätigt, dass „Enforce SAML Login“ angekreuzt ist.</translation>
    </message>
    <message>
        <source>Insightly&apos;s certificate now matches the one Entra signs with.</source>
        <translation>Das Zertifikat in Insightly stimmt jetzt mit dem überein, mit dem Entra signiert.</translation>
    </message>
    <message>
        <source>Insightly shows another certificate than the one Entra signs with.</source>
        <translation>Insightly zeigt ein anderes Zertifikat als das, mit dem Entra signiert.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint answered the wizard&apos;s checks with the token.</source>
        <translation>Der SCIM-Endpunkt von Insightly hat die Prüfungen des Assistenten mit dem Token bestanden.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint did not pass the wizard&apos;s checks: %1</source>
        <translation>Der SCIM-Endpunkt von Insightly hat die Prüfungen des Assistenten nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Asked to enable SCIM provisioning in Insightly and copy its endpoint and token into the wizard.</source>
        <translation>Gebeten, die SCIM-Bereitstellung in Insightly zu aktivieren und Endpunkt und Token in den Assistenten zu kopieren.</translation>
    </message>
    <message>
        <source>Asked to regenerate the SCIM token in Insightly and copy the new one into the wizard.</source>
        <translation>Gebeten, das SCIM-Token in Insightly neu zu generieren und das neue in den Assistenten zu kopieren.</translation>
    </message>
</context>
<context>
    <name>InsightlyUrls</name>
    <message>
        <source>The Sign-in page URL is empty.</source>
        <translation>Die „Sign-in page URL“ ist leer.</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL to configure single sign-on.</source>
        <translation>Der Assistent benötigt die „Sign-in page URL“ von Insightly, um das einmalige Anmelden zu konfigurieren.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the URL.</source>
        <translation>Leerzeichen, Zeilenumbrüche oder Anführungszeichen um die URL wurden entfernt.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Sie werden beim Kopieren aus E-Mails oder Dokumenten mitgenommen; eine URL enthält sie nie.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Nichts zu tun; prüfen Sie, ob die URL unten die von Insightly angezeigte ist.</translation>
    </message>
    <message>
        <source>Added https:// in front of the address.</source>
        <translation>https:// wurde vor der Adresse ergänzt.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>Der eingefügte Text begann mit dem Hostnamen.</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>Das ist keine Webadresse.</translation>
    </message>
    <message>
        <source>A Sign-in page URL starts with https:// followed by crm.&lt;pod&gt;.insightly.com.</source>
        <translation>Eine „Sign-in page URL“ beginnt mit https://, gefolgt von crm.&lt;pod&gt;.insightly.com.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s SCIM endpoint, not the Sign-in page URL.</source>
        <translation>Das ist der SCIM-Endpunkt von Insightly, nicht die „Sign-in page URL“.</translation>
    </message>
    <message>
        <source>The SCIM endpoint is for provisioning (Tenant URL), a later step.</source>
        <translation>Der SCIM-Endpunkt dient der Bereitstellung (Mandanten-URL), einem späteren Schritt.</translation>
    </message>
    <message>
        <source>That is the SAML settings page; copy the Sign-in page URL shown on it.</source>
        <translation>Das ist die Seite mit den SAML-Einstellungen; kopieren Sie die dort angezeigte „Sign-in page URL“.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>Die Adresse der Einstellungsseite selbst ist nicht der Wert, den Entra benötigt.</translation>
    </message>
    <message>
        <source>That is an Insightly page (%1), but not the Sign-in page URL.</source>
        <translation>Das ist eine Insightly-Seite (%1), aber nicht die „Sign-in page URL“.</translation>
    </message>
    <message>
        <source>The Sign-in page URL ends in /user/saml?instanceId=…</source>
        <translation>Die „Sign-in page URL“ endet auf /user/saml?instanceId=…</translation>
    </message>
    <message>
        <source>The Sign-in page URL must start with https://, not http://.</source>
        <translation>Die „Sign-in page URL“ muss mit https:// beginnen, nicht mit http://.</translation>
    </message>
    <message>
        <source>Entra posts the sign-in to this address; it has to be encrypted.</source>
        <translation>Entra sendet die Anmeldung an diese Adresse; sie muss verschlüsselt sein.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Verwenden Sie %1, genau wie Insightly es anzeigt.</translation>
    </message>
    <message>
        <source>The Sign-in page URL is missing its instanceId.</source>
        <translation>Der „Sign-in page URL“ fehlt die instanceId.</translation>
    </message>
    <message>
        <source>Insightly tells its instances apart by the ?instanceId=… part at the end; the copied text stops before it.</source>
        <translation>Insightly unterscheidet seine Instanzen am Teil ?instanceId=… am Ende; der kopierte Text endet davor.</translation>
    </message>
    <message>
        <source>The Insightly pod &quot;%1&quot; is not one the wizard knows (na1, eu1, au1).</source>
        <translation>Den Insightly-Pod „%1“ kennt der Assistent nicht (na1, eu1, au1).</translation>
    </message>
    <message>
        <source>Insightly may run more pods than it documents.</source>
        <translation>Insightly betreibt möglicherweise mehr Pods, als es dokumentiert.</translation>
    </message>
    <message>
        <source>Check that the address is exactly the one Insightly shows; if it is, go on.</source>
        <translation>Prüfen Sie, ob die Adresse genau der von Insightly angezeigten entspricht; wenn ja, fahren Sie fort.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).</source>
        <translation>Öffnen Sie in Insightly „System Settings“, „Security“, „SAML and SCIM“ und kopieren Sie die dort angezeigte „Sign-in page URL“ (sie sieht aus wie https://crm.na1.insightly.com/user/saml?instanceId=…).</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL, which Entra uses as Identifier (Entity ID) and Reply URL.</source>
        <translation>Der Assistent benötigt die „Sign-in page URL“ von Insightly, die Entra als Bezeichner (Entitäts-ID) und Antwort-URL verwendet.</translation>
    </message>
    <message>
        <source>That is a Microsoft Entra sign-in address (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Das ist eine Microsoft Entra-Anmeldeadresse (%1), nicht die „Sign-in page URL“ von Insightly.</translation>
    </message>
    <message>
        <source>Entra&apos;s Login URL goes into Insightly; here the wizard needs the opposite direction: Insightly&apos;s own address.</source>
        <translation>Die Anmelde-URL von Entra wird in Insightly eingetragen; hier benötigt der Assistent die umgekehrte Richtung: die eigene Adresse von Insightly.</translation>
    </message>
    <message>
        <source>That is the My Apps portal (%1), where users start Insightly after setup, not Insightly&apos;s Sign-in page URL.</source>
        <translation>Das ist das Portal „Meine Apps“ (%1), über das Benutzer Insightly nach der Einrichtung starten, nicht die „Sign-in page URL“ von Insightly.</translation>
    </message>
    <message>
        <source>That is a page of the Microsoft admin portal (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Das ist eine Seite des Microsoft-Verwaltungsportals (%1), nicht die „Sign-in page URL“ von Insightly.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s REST API address (%1), not the Sign-in page URL.</source>
        <translation>Das ist die REST-API-Adresse von Insightly (%1), nicht die „Sign-in page URL“.</translation>
    </message>
    <message>
        <source>The Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, not on api.&lt;pod&gt;.</source>
        <translation>Die „Sign-in page URL“ liegt auf crm.&lt;pod&gt;.insightly.com, nicht auf api.&lt;pod&gt;.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s public website or help centre (%1), not your Insightly instance&apos;s Sign-in page URL.</source>
        <translation>Das ist die öffentliche Website oder das Hilfecenter von Insightly (%1), nicht die „Sign-in page URL“ Ihrer Insightly-Instanz.</translation>
    </message>
    <message>
        <source>The address %1 is not an Insightly CRM address.</source>
        <translation>Die Adresse %1 ist keine Insightly CRM-Adresse.</translation>
    </message>
    <message>
        <source>Insightly&apos;s Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, for example crm.na1.insightly.com.</source>
        <translation>Die „Sign-in page URL“ von Insightly liegt auf crm.&lt;pod&gt;.insightly.com, zum Beispiel crm.na1.insightly.com.</translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>Systemschlüsselbund (Secret Service)</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be read from %1.</source>
        <translation>Gespeicherte Anmeldeinformationen konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>A credential couldn&apos;t be saved in %1.</source>
        <translation>Anmeldeinformationen konnten nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be removed from %1.</source>
        <translation>Gespeicherte Anmeldeinformationen konnten nicht entfernt werden (%1).</translation>
    </message>
    <message>
        <source>Credential Manager (Control Panel)</source>
        <translation>Anmeldeinformationsverwaltung (Systemsteuerung)</translation>
    </message>
    <message>
        <source>Keychain Access</source>
        <translation>Schlüsselbundverwaltung</translation>
    </message>
    <message>
        <source>Passwords and Keys (Seahorse) or KWallet Manager</source>
        <translation>Passwörter und Verschlüsselung (Seahorse) oder KWallet-Verwaltung</translation>
    </message>
    <message>
        <source>No secure password store (Secret Service) is running on this desktop.</source>
        <translation>Auf diesem Desktop läuft kein sicherer Kennwortspeicher (Secret Service).</translation>
    </message>
    <message>
        <source>Install and start one — GNOME Keyring (gnome-keyring), KWallet, or KeePassXC with Secret Service enabled — and unlock it; then log out and back in and retry. Without it the wizard can&apos;t remember your sign-in or the SCIM token, and it never stores them unprotected.</source>
        <translation>Installieren und starten Sie einen – GNOME Keyring (gnome-keyring), KWallet oder KeePassXC mit aktiviertem Secret Service – und entsperren Sie ihn; melden Sie sich dann ab und wieder an und versuchen Sie es erneut. Ohne ihn kann sich der Assistent weder Ihre Anmeldung noch das SCIM-Token merken, und er speichert sie nie ungeschützt.</translation>
    </message>
    <message>
        <source>This session has no desktop message bus (D-Bus), so the password store can&apos;t be reached.</source>
        <translation>Diese Sitzung hat keinen Desktop-Nachrichtenbus (D-Bus), daher ist der Kennwortspeicher nicht erreichbar.</translation>
    </message>
    <message>
        <source>Run the wizard inside a normal desktop session (or start one with dbus-run-session), with GNOME Keyring or KWallet unlocked, and retry.</source>
        <translation>Führen Sie den Assistenten in einer normalen Desktopsitzung aus (oder starten Sie eine mit dbus-run-session), mit entsperrtem GNOME Keyring oder KWallet, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The macOS keychain is locked and can&apos;t ask for your password in this session.</source>
        <translation>Der macOS-Schlüsselbund ist gesperrt und kann in dieser Sitzung nicht nach Ihrem Kennwort fragen.</translation>
    </message>
    <message>
        <source>Unlock it (log in at the console, or run `security unlock-keychain ~/Library/Keychains/login.keychain-db`) and retry.</source>
        <translation>Entsperren Sie ihn (melden Sie sich an der Konsole an oder führen Sie `security unlock-keychain ~/Library/Keychains/login.keychain-db` aus) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain password was rejected.</source>
        <translation>Das Schlüsselbundkennwort wurde abgelehnt.</translation>
    </message>
    <message>
        <source>If your Mac password was reset, update or reset the login keychain password in Keychain Access, then retry.</source>
        <translation>Wenn Ihr Mac-Kennwort zurückgesetzt wurde, aktualisieren oder setzen Sie das Kennwort des Anmeldeschlüsselbunds in der Schlüsselbundverwaltung zurück und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>macOS reports no usable keychain.</source>
        <translation>macOS meldet keinen verwendbaren Schlüsselbund.</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, repair or reset the keychain in Keychain Access.</source>
        <translation>Starten Sie den Computer neu; wenn es weiterhin auftritt, reparieren oder setzen Sie den Schlüsselbund in der Schlüsselbundverwaltung zurück.</translation>
    </message>
    <message>
        <source>Windows denied access to Credential Manager.</source>
        <translation>Windows hat den Zugriff auf die Anmeldeinformationsverwaltung verweigert.</translation>
    </message>
    <message>
        <source>Run the wizard as the signed-in user in a normal desktop session (not as a service or through remote tools) and retry.</source>
        <translation>Führen Sie den Assistenten als angemeldeter Benutzer in einer normalen Desktopsitzung aus (nicht als Dienst oder über Fernwartungstools) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Your system keyring is locked, and the prompt to unlock it was dismissed or couldn&apos;t be shown.</source>
        <translation>Ihr Systemschlüsselbund ist gesperrt, und die Aufforderung zum Entsperren wurde abgewiesen oder konnte nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Unlock the &apos;Login&apos; keyring (Passwords and Keys, or KWallet) and retry. Setting the keyring password equal to your login password lets it unlock automatically.</source>
        <translation>Entsperren Sie den Schlüsselbund „Login“ (Passwörter und Verschlüsselung oder KWallet) und versuchen Sie es erneut. Wenn das Schlüsselbundkennwort Ihrem Anmeldekennwort entspricht, wird er automatisch entsperrt.</translation>
    </message>
    <message>
        <source>The credential is larger than Windows Credential Manager accepts.</source>
        <translation>Die Anmeldeinformationen sind größer, als die Windows-Anmeldeinformationsverwaltung akzeptiert.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard stores it in smaller pieces. If it keeps failing, send the diagnostics to support.</source>
        <translation>Melden Sie sich erneut an; der Assistent speichert sie in kleineren Teilen. Wenn es weiterhin fehlschlägt, senden Sie die Diagnosedaten an den Support.</translation>
    </message>
    <message>
        <source>The saved credential can&apos;t be read on this Windows account any more.</source>
        <translation>Die gespeicherten Anmeldeinformationen können unter diesem Windows-Konto nicht mehr gelesen werden.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will replace it.</source>
        <translation>Melden Sie sich erneut an; der Assistent ersetzt sie.</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused to save it (%1).</source>
        <translation>Die Windows-Anmeldeinformationsverwaltung hat das Speichern verweigert (%1).</translation>
    </message>
    <message>
        <source>Run the wizard in a normal desktop session (not as a service or through remote tools); clearing old entries in Credential Manager may help.</source>
        <translation>Führen Sie den Assistenten in einer normalen Desktopsitzung aus (nicht als Dienst oder über Fernwartungstools); das Löschen alter Einträge in der Anmeldeinformationsverwaltung kann helfen.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists in the keychain.</source>
        <translation>Im Schlüsselbund gibt es bereits einen Eintrag mit demselben Namen.</translation>
    </message>
    <message>
        <source>Delete the existing &apos;Insightly SSO Setup&apos; entries in Keychain Access and retry.</source>
        <translation>Löschen Sie die vorhandenen Einträge „Insightly SSO Setup“ in der Schlüsselbundverwaltung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The password store reported an unknown error.</source>
        <translation>Der Kennwortspeicher hat einen unbekannten Fehler gemeldet.</translation>
    </message>
    <message>
        <source>The password store reported: %1</source>
        <translation>Der Kennwortspeicher meldete: %1</translation>
    </message>
    <message>
        <source>Retry. If it keeps failing you can continue, but you&apos;ll need to sign in again next time; send the diagnostics to support.</source>
        <translation>Versuchen Sie es erneut. Wenn es weiterhin fehlschlägt, können Sie fortfahren, müssen sich aber beim nächsten Mal erneut anmelden; senden Sie die Diagnosedaten an den Support.</translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation>Unter diesem Namen ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will save it anew.</source>
        <translation>Melden Sie sich erneut an; der Assistent speichert sie neu.</translation>
    </message>
    <message>
        <source>The password store refused to delete the entry.</source>
        <translation>Der Kennwortspeicher hat das Löschen des Eintrags verweigert.</translation>
    </message>
    <message>
        <source>Remove the &apos;Insightly SSO Setup&apos; entries manually in %1.</source>
        <translation>Entfernen Sie die Einträge „Insightly SSO Setup“ manuell; verwenden Sie dazu %1.</translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation>Der Zugriff wurde abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Retry and choose Always Allow when macOS asks, or sign in each time.</source>
        <translation>Versuchen Sie es erneut und wählen Sie „Immer erlauben“, wenn macOS fragt, oder melden Sie sich jedes Mal an.</translation>
    </message>
    <message>
        <source>Retry and allow access when asked, or sign in each time.</source>
        <translation>Versuchen Sie es erneut und erlauben Sie den Zugriff, wenn Sie gefragt werden, oder melden Sie sich jedes Mal an.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available.</source>
        <translation>Nicht verfügbar: %1.</translation>
    </message>
    <message>
        <source>Restart the computer and retry.</source>
        <translation>Starten Sie den Computer neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Secure storage isn&apos;t supported on this system.</source>
        <translation>Sicherer Speicher wird auf diesem System nicht unterstützt.</translation>
    </message>
    <message>
        <source>You can continue, but you&apos;ll need to sign in each time.</source>
        <translation>Sie können fortfahren, müssen sich aber jedes Mal anmelden.</translation>
    </message>
    <message>
        <source>%1 didn&apos;t answer within %2 seconds. It may be locked and waiting for a password prompt that isn&apos;t visible.</source>
        <translation>Keine Antwort innerhalb von %2 Sekunden (%1). Möglicherweise ist der Speicher gesperrt und wartet auf eine Kennwortabfrage, die nicht sichtbar ist.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet), answer any prompt it shows, and retry.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (Passwörter und Verschlüsselung oder KWallet), beantworten Sie alle angezeigten Abfragen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Answer any keychain prompt that is waiting (it may be behind other windows), unlock the keychain, and retry.</source>
        <translation>Beantworten Sie eine wartende Schlüsselbundabfrage (sie kann hinter anderen Fenstern liegen), entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>A saved credential is damaged.</source>
        <translation>Gespeicherte Anmeldeinformationen sind beschädigt.</translation>
    </message>
    <message>
        <source>Its stored pieces don&apos;t fit together; saving it was probably interrupted.</source>
        <translation>Ihre gespeicherten Teile passen nicht zusammen; das Speichern wurde wahrscheinlich unterbrochen.</translation>
    </message>
    <message>
        <source>%1 is locked, so the credential saved there can&apos;t be seen. It hasn&apos;t been lost.</source>
        <translation>Der Speicher ist gesperrt (%1), daher sind die dort gespeicherten Anmeldeinformationen nicht sichtbar. Sie sind nicht verloren.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet, or sign in to the desktop again), then retry.</source>
        <translation>Entsperren Sie Ihren Schlüsselbund (Passwörter und Schlüssel oder KWallet, oder melden Sie sich erneut am Desktop an) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Unlock the keychain, then retry.</source>
        <translation>Entsperren Sie den Schlüsselbund und versuchen Sie es dann erneut.</translation>
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
        <translation>Sie können diesen Tab schließen und zu Insightly SSO Setup zurückkehren.</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>add and configure the Insightly SAML application (steps 1–2)</source>
        <translation>Anwendung Insightly SAML hinzufügen und konfigurieren (Schritte 1–2)</translation>
    </message>
    <message>
        <source>assign users and groups (step 4)</source>
        <translation>Benutzer und Gruppen zuweisen (Schritt 4)</translation>
    </message>
    <message>
        <source>connect and start SCIM provisioning (step 3)</source>
        <translation>SCIM-Bereitstellung verbinden und starten (Schritt 3)</translation>
    </message>
    <message>
        <source>find users to assign (step 4)</source>
        <translation>Zuzuweisende Benutzer finden (Schritt 4)</translation>
    </message>
    <message>
        <source>find groups to assign (step 4)</source>
        <translation>Zuzuweisende Gruppen finden (Schritt 4)</translation>
    </message>
    <message>
        <source>Your Entra role may manage enterprise applications</source>
        <translation>Ihre Entra-Rolle darf Unternehmensanwendungen verwalten</translation>
    </message>
    <message>
        <source>Your roles could not be read.</source>
        <translation>Ihre Rollen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No directory role</source>
        <translation>Keine Verzeichnisrolle</translation>
    </message>
    <message>
        <source>%1 does not hold a role that may set up enterprise applications.</source>
        <translation>%1 hat keine Rolle, die Unternehmensanwendungen einrichten darf.</translation>
    </message>
    <message>
        <source>Adding the application, configuring SAML and provisioning need Cloud Application Administrator or Application Administrator (or Global Administrator).</source>
        <translation>Das Hinzufügen der Anwendung und das Konfigurieren von SAML und Bereitstellung erfordern die Rolle „Cloudanwendungsadministrator“ oder „Anwendungsadministrator“ (oder „Globaler Administrator“).</translation>
    </message>
    <message>
        <source>Ask a Privileged Role Administrator to give your account the Cloud Application Administrator role (Entra admin center › Roles and administrators), or sign in with an account that has it.</source>
        <translation>Bitten Sie einen Administrator für privilegierte Rollen, Ihrem Konto die Rolle „Cloudanwendungsadministrator“ zuzuweisen (Microsoft Entra Admin Center › Rollen und Administratoren), oder melden Sie sich mit einem Konto an, das sie hat.</translation>
    </message>
    <message>
        <source>Permission %1 — to %2</source>
        <translation>Berechtigung %1 – Zweck: %2</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Nicht erteilt</translation>
    </message>
    <message>
        <source>The permission %1 was not granted to this sign-in.</source>
        <translation>Die Berechtigung %1 wurde dieser Anmeldung nicht erteilt.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s consent settings may require an administrator to approve it.</source>
        <translation>Die Einwilligungseinstellungen Ihrer Organisation erfordern möglicherweise, dass ein Administrator sie genehmigt.</translation>
    </message>
    <message>
        <source>Ask an administrator to grant consent for the whole organisation at %1, then sign in again.</source>
        <translation>Bitten Sie einen Administrator, unter %1 die Einwilligung für die gesamte Organisation zu erteilen, und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>PrincipalSearchModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
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
        <translation>Die Bereitstellung wurde angehalten, bevor mehr Benutzer in Insightly deaktiviert wurden, als Ihr Sicherheitslimit zulässt.</translation>
    </message>
    <message>
        <source>More users left the app&apos;s assignments in one cycle than the delete threshold.</source>
        <translation>In einem Zyklus wurden mehr Benutzer aus den Zuweisungen der App entfernt, als der Löschschwellenwert erlaubt.</translation>
    </message>
    <message>
        <source>Check the assignments. If the removals are intended, allow them and restart provisioning; if not, fix the assignments and restart.</source>
        <translation>Prüfen Sie die Zuweisungen. Sind die Entfernungen beabsichtigt, lassen Sie sie zu und starten Sie die Bereitstellung neu; andernfalls korrigieren Sie die Zuweisungen und starten neu.</translation>
    </message>
    <message>
        <source>Provisioning is paused because too many users failed.</source>
        <translation>Die Bereitstellung ist angehalten, weil zu viele Benutzer fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>Microsoft stops a job when a large share of its operations fail.</source>
        <translation>Microsoft hält einen Auftrag an, wenn ein großer Teil seiner Vorgänge fehlschlägt.</translation>
    </message>
    <message>
        <source>Open the provisioning logs, fix the most common error, then restart provisioning.</source>
        <translation>Öffnen Sie die Bereitstellungsprotokolle, beheben Sie den häufigsten Fehler und starten Sie die Bereitstellung dann neu.</translation>
    </message>
    <message>
        <source>Microsoft paused this provisioning job.</source>
        <translation>Microsoft hat diesen Bereitstellungsauftrag angehalten.</translation>
    </message>
    <message>
        <source>Microsoft detected a problem and quarantined the job.</source>
        <translation>Microsoft hat ein Problem erkannt und den Auftrag unter Quarantäne gestellt.</translation>
    </message>
    <message>
        <source>Open a support request with Microsoft, quoting the job ID.</source>
        <translation>Erstellen Sie eine Supportanfrage bei Microsoft und geben Sie die Auftrags-ID an.</translation>
    </message>
    <message>
        <source>Provisioning to Insightly is paused (quarantine): Microsoft can&apos;t sign in to Insightly&apos;s SCIM endpoint.</source>
        <translation>Die Bereitstellung für Insightly ist angehalten (Quarantäne): Microsoft kann sich nicht am SCIM-Endpunkt von Insightly anmelden.</translation>
    </message>
    <message>
        <source>The Secret Token was regenerated or has expired, or the SCIM URL changed.</source>
        <translation>Das geheime Token wurde neu generiert oder ist abgelaufen, oder die SCIM-URL hat sich geändert.</translation>
    </message>
    <message>
        <source>In Insightly, copy the current SCIM token (and endpoint), paste the new token here, test the connection, and save: the wizard then restarts provisioning.</source>
        <translation>Kopieren Sie in Insightly das aktuelle SCIM-Token (und den Endpunkt), fügen Sie das neue Token hier ein, testen Sie die Verbindung und speichern Sie: Der Assistent startet die Bereitstellung dann neu.</translation>
    </message>
    <message>
        <source>Provisioning is paused for a reason Microsoft doesn&apos;t explain (%1).</source>
        <translation>Die Bereitstellung ist aus einem Grund angehalten, den Microsoft nicht erklärt (%1).</translation>
    </message>
    <message>
        <source>Check the provisioning logs; if nothing stands out, restart provisioning or contact Microsoft support.</source>
        <translation>Prüfen Sie die Bereitstellungsprotokolle; fällt nichts auf, starten Sie die Bereitstellung neu oder wenden Sie sich an den Microsoft-Support.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished with errors for some users or groups</source>
        <translation>Mit Fehlern bei einigen Benutzern oder Gruppen beendet</translation>
    </message>
</context>
<context>
    <name>ReadableViews</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>the clear button of a text field</comment>
        <translation>%1 leeren</translation>
    </message>
</context>
<context>
    <name>RemovalPlan</name>
    <message>
        <source>The Insightly SAML enterprise application this wizard added (object id %1), with its signing certificates, user and group assignments and provisioning job.</source>
        <translation>Die von diesem Assistenten hinzugefügte Unternehmensanwendung Insightly SAML (Objekt-ID %1) mit ihren Signaturzertifikaten, Benutzer- und Gruppenzuweisungen und ihrem Bereitstellungsauftrag.</translation>
    </message>
    <message>
        <source>The Insightly SAML application (object id %1): it existed before this wizard used it, so the wizard does not delete it. Remove it in the Entra admin center under Enterprise applications if it is no longer needed.</source>
        <translation>Die Anwendung Insightly SAML (Objekt-ID %1): Sie bestand bereits, bevor dieser Assistent sie verwendet hat, daher löscht der Assistent sie nicht. Entfernen Sie sie im Microsoft Entra Admin Center unter „Unternehmensanwendungen“, wenn sie nicht mehr benötigt wird.</translation>
    </message>
    <message>
        <source>The SCIM token and the Insightly API key this wizard kept in the system keychain.</source>
        <translation>Das SCIM-Token und der Insightly-API-Schlüssel, die dieser Assistent im Systemschlüsselbund gespeichert hat.</translation>
    </message>
    <message>
        <source>The wizard&apos;s saved progress for this setup (your sign-in to Entra is kept).</source>
        <translation>Der gespeicherte Fortschritt des Assistenten für diese Einrichtung (Ihre Anmeldung bei Entra bleibt erhalten).</translation>
    </message>
    <message>
        <source>Microsoft Entra keeps a deleted application for 30 days: it can be restored under App registrations › Deleted applications.</source>
        <translation>Microsoft Entra bewahrt eine gelöschte Anwendung 30 Tage lang auf: Sie kann unter „App-Registrierungen“ › „Gelöschte Anwendungen“ wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>First, in Insightly under System Settings › Security › SAML and SCIM, untick Enforce SAML Login — once the application is gone, nobody can sign in to Insightly through Microsoft Entra.</source>
        <translation>Deaktivieren Sie zuerst in Insightly unter „System Settings › Security › SAML and SCIM“ die Option „Enforce SAML Login“ – sobald die Anwendung entfernt ist, kann sich niemand mehr über Microsoft Entra bei Insightly anmelden.</translation>
    </message>
    <message>
        <source>Then remove the identity provider settings (the certificate) there, and turn SCIM provisioning off or regenerate its token so that the old one stops working.</source>
        <translation>Entfernen Sie dann dort die Einstellungen des Identitätsanbieters (das Zertifikat) und deaktivieren Sie die SCIM-Bereitstellung oder generieren Sie ihr Token neu, damit das alte nicht mehr funktioniert.</translation>
    </message>
</context>
<context>
    <name>SamlConfiguration</name>
    <message>
        <source>The Insightly sign-in page URL is missing or not a valid URL.</source>
        <translation>Die „Sign-in page URL“ von Insightly fehlt oder ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Entra needs it as the application&apos;s Identifier and Reply URL.</source>
        <translation>Entra benötigt sie als Bezeichner und Antwort-URL der Anwendung.</translation>
    </message>
    <message>
        <source>Go back to the Insightly step and enter the Sign-in page URL that Insightly shows under System Settings &gt; SAML.</source>
        <translation>Gehen Sie zurück zum Insightly-Schritt und geben Sie die „Sign-in page URL“ ein, die Insightly unter System Settings &gt; SAML anzeigt.</translation>
    </message>
    <message>
        <source>Checking the single sign-on mode…</source>
        <translation>Der Modus für einmaliges Anmelden wird geprüft…</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Einmaliges Anmelden per SAML wird aktiviert…</translation>
    </message>
    <message>
        <source>Setting the Identifier and Reply URL to %1…</source>
        <translation>Bezeichner und Antwort-URL werden auf %1 gesetzt…</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Entra is still applying the SAML setting; trying again in %n s…</source>
        <translation>
            <numerusform>Microsoft Entra wendet die SAML-Einstellung noch an; neuer Versuch in %n s…</numerusform>
            <numerusform>Microsoft Entra wendet die SAML-Einstellung noch an; neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the SAML settings… seen %1 of %2 times</source>
        <translation>Die SAML-Einstellungen werden bestätigt… %1 von %2 Mal gesehen</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the SAML settings in time.</source>
        <translation>Microsoft Entra hat die SAML-Einstellungen nicht rechtzeitig bestätigt.</translation>
    </message>
    <message>
        <source>The changed settings were not read back consistently (replication).</source>
        <translation>Die geänderten Einstellungen wurden nicht einheitlich zurückgelesen (Replikation).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; settings that are already right are not changed again.</source>
        <translation>Warten Sie einige Minuten und führen Sie diesen Schritt erneut aus; bereits richtige Einstellungen werden nicht erneut geändert.</translation>
    </message>
    <message>
        <source>SAML single sign-on is set up with Identifier and Reply URL %1.</source>
        <translation>Einmaliges Anmelden per SAML ist mit Bezeichner und Antwort-URL %1 eingerichtet.</translation>
    </message>
</context>
<context>
    <name>SamlHandoffFiles</name>
    <message>
        <source>%1 could not be saved.</source>
        <translation>%1 konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML could not be downloaded.</source>
        <translation>Die Verbundmetadaten-XML konnte nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Microsoft Entra answered HTTP %1; a new application or certificate can take a few minutes to be published.</source>
        <translation>Microsoft Entra hat mit HTTP %1 geantwortet; die Veröffentlichung einer neuen Anwendung oder eines neuen Zertifikats kann einige Minuten dauern.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or upload the Certificate (Base64) to Insightly instead.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut, oder laden Sie stattdessen das Zertifikat (Base64) in Insightly hoch.</translation>
    </message>
    <message>
        <source>There is no active signing certificate yet.</source>
        <translation>Es gibt noch kein aktives Signaturzertifikat.</translation>
    </message>
    <message>
        <source>The files carry the certificate Microsoft Entra signs with.</source>
        <translation>Die Dateien enthalten das Zertifikat, mit dem Microsoft Entra signiert.</translation>
    </message>
    <message>
        <source>Complete the certificate step first.</source>
        <translation>Schließen Sie zuerst den Zertifikatschritt ab.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML cannot be downloaded.</source>
        <translation>Die Verbundmetadaten-XML kann nicht heruntergeladen werden.</translation>
    </message>
    <message>
        <source>The wizard has no network connection object.</source>
        <translation>Der Assistent hat kein Netzwerkverbindungsobjekt.</translation>
    </message>
    <message>
        <source>Restart the wizard.</source>
        <translation>Starten Sie den Assistenten neu.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The files are saved into an existing folder.</source>
        <translation>Die Dateien werden in einem vorhandenen Ordner gespeichert.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>The wizard does not replace files without asking.</source>
        <translation>Der Assistent ersetzt keine Dateien ohne Rückfrage.</translation>
    </message>
    <message>
        <source>Allow replacing it, or choose another folder.</source>
        <translation>Erlauben Sie das Ersetzen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Reading the signing certificate from Microsoft Entra…</source>
        <translation>Das Signaturzertifikat wird aus Microsoft Entra gelesen…</translation>
    </message>
    <message>
        <source>The signing certificate %1 was not found on the application.</source>
        <translation>Das Signaturzertifikat %1 wurde in der Anwendung nicht gefunden.</translation>
    </message>
    <message>
        <source>It was removed or replaced since it was chosen.</source>
        <translation>Es wurde seit der Auswahl entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>Go back to the certificate step and run it again.</source>
        <translation>Gehen Sie zurück zum Zertifikatschritt und führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>Downloading the Federation Metadata XML…</source>
        <translation>Die Verbundmetadaten-XML wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Microsoft Entra has not published the active certificate yet.</source>
        <translation>Microsoft Entra hat das aktive Zertifikat noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML still carries another signing certificate.</source>
        <translation>Die Verbundmetadaten-XML enthält noch ein anderes Signaturzertifikat.</translation>
    </message>
    <message>
        <source>The files for Insightly are saved in %1.</source>
        <translation>Die Dateien für Insightly sind in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>SamlResponseCheck</name>
    <message>
        <source>The captured value is not a SAML response.</source>
        <translation>Der erfasste Wert ist keine SAML-Antwort.</translation>
    </message>
    <message>
        <source>It is not Base64 text, so it cannot be decoded.</source>
        <translation>Er ist kein Base64-Text und kann daher nicht decodiert werden.</translation>
    </message>
    <message>
        <source>It is XML, but not a SAML protocol Response.</source>
        <translation>Er ist XML, aber keine SAML-Protokollantwort (Response).</translation>
    </message>
    <message>
        <source>The SAML response is damaged.</source>
        <translation>Die SAML-Antwort ist beschädigt.</translation>
    </message>
    <message>
        <source>It decodes, but is not well-formed XML: it was cut off or altered.</source>
        <translation>Sie lässt sich decodieren, ist aber kein wohlgeformtes XML: Sie wurde abgeschnitten oder verändert.</translation>
    </message>
    <message>
        <source>Destination (Reply URL)</source>
        <translation>Ziel (Antwort-URL)</translation>
    </message>
    <message>
        <source>Readable assertion</source>
        <translation>Lesbare Assertion</translation>
    </message>
    <message>
        <source>encrypted assertion</source>
        <translation>verschlüsselte Assertion</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>an unencrypted assertion</source>
        <translation>eine unverschlüsselte Assertion</translation>
    </message>
    <message>
        <source>The SAML assertion is encrypted.</source>
        <translation>Die SAML-Assertion ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Token encryption is turned on for the app in Entra; Insightly expects a signed, unencrypted assertion.</source>
        <translation>Für die App ist in Entra die Tokenverschlüsselung aktiviert; Insightly erwartet eine signierte, unverschlüsselte Assertion.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Token encryption: deactivate the encryption certificate, then sign in again.</source>
        <translation>In Entra unter „Einmaliges Anmelden“, „Tokenverschlüsselung“: Deaktivieren Sie das Verschlüsselungszertifikat und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The SAML response carries no assertion.</source>
        <translation>Die SAML-Antwort enthält keine Assertion.</translation>
    </message>
    <message>
        <source>Entra reported success but sent no user information.</source>
        <translation>Entra hat Erfolg gemeldet, aber keine Benutzerinformationen gesendet.</translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation>Melden Sie sich erneut über „Meine Apps“ an.</translation>
    </message>
    <message>
        <source>Recipient (Reply URL)</source>
        <translation>Empfänger (Antwort-URL)</translation>
    </message>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit</source>
        <translation>Öffnen Sie in Entra die Anwendung Insightly SAML, dann „Einmaliges Anmelden“, „SAML-Basiskonfiguration“, „Bearbeiten“</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Read the status message, fix the cause in Entra, then sign in again.</source>
        <translation>Lesen Sie die Statusmeldung, beheben Sie die Ursache in Entra und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Assign the user (or a group they are in) to the Insightly SAML application in Entra (Users and groups), then sign in again.</source>
        <translation>Weisen Sie den Benutzer (oder eine Gruppe, der er angehört) in Entra der Anwendung Insightly SAML zu („Benutzer und Gruppen“) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Entra did not sign the user in.</source>
        <translation>Entra hat den Benutzer nicht angemeldet.</translation>
    </message>
    <message>
        <source>The SAML response status is %1.</source>
        <translation>Der Status der SAML-Antwort ist %1.</translation>
    </message>
    <message>
        <source>Issuer (Microsoft Entra Identifier)</source>
        <translation>Aussteller (Microsoft Entra-Bezeichner)</translation>
    </message>
    <message>
        <source>The response was issued by %1, but this tenant&apos;s Microsoft Entra Identifier is %2.</source>
        <translation>Die Antwort wurde von %1 ausgestellt, der Microsoft Entra-Bezeichner dieses Mandanten ist jedoch %2.</translation>
    </message>
    <message>
        <source>The sign-in happened in another tenant (or another identity provider) than the one the wizard set up.</source>
        <translation>Die Anmeldung erfolgte in einem anderen Mandanten (oder bei einem anderen Identitätsanbieter) als dem, den der Assistent eingerichtet hat.</translation>
    </message>
    <message>
        <source>Sign in to My Apps with an account of the tenant the wizard set up, then try again.</source>
        <translation>Melden Sie sich bei „Meine Apps“ mit einem Konto des Mandanten an, den der Assistent eingerichtet hat, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Reply URL in Entra is %1, but Insightly&apos;s Sign-in page URL is %2.</source>
        <translation>Die Antwort-URL in Entra ist %1, die „Sign-in page URL“ von Insightly ist jedoch %2.</translation>
    </message>
    <message>
        <source>Entra posts the response to its Reply URL and names it inside; Insightly refuses a response addressed elsewhere.</source>
        <translation>Entra sendet die Antwort an seine Antwort-URL und nennt diese darin; Insightly lehnt eine Antwort ab, die an eine andere Adresse gerichtet ist.</translation>
    </message>
    <message>
        <source>Set Reply URL (Assertion Consumer Service URL) to %1, save, and sign in again.</source>
        <translation>Setzen Sie die Antwort-URL (Assertionsverbraucherdienst-URL) auf %1, speichern Sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Audience (Identifier, Entity ID)</source>
        <translation>Zielgruppe (Bezeichner, Entitäts-ID)</translation>
    </message>
    <message>
        <source>Identifier (Entity ID) in Entra is %1, the SAML response was for that audience, but Insightly expects %2.</source>
        <translation>Der Bezeichner (Entitäts-ID) in Entra ist %1, die SAML-Antwort war für diese Zielgruppe bestimmt, Insightly erwartet jedoch %2.</translation>
    </message>
    <message>
        <source>Entra writes its Identifier (Entity ID) into the response&apos;s Audience; Insightly accepts only responses meant for its Sign-in page URL.</source>
        <translation>Entra schreibt seinen Bezeichner (Entitäts-ID) in die Zielgruppe (Audience) der Antwort; Insightly akzeptiert nur Antworten, die für seine „Sign-in page URL“ bestimmt sind.</translation>
    </message>
    <message>
        <source>Set Identifier (Entity ID) to %1 (and make it the default), save, and sign in again.</source>
        <translation>Setzen Sie den Bezeichner (Entitäts-ID) auf %1 (und legen Sie ihn als Standard fest), speichern Sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>User identifier (NameID)</source>
        <translation>Benutzerbezeichner (NameID)</translation>
    </message>
    <message>
        <source>the user&apos;s email address</source>
        <translation>die E-Mail-Adresse des Benutzers</translation>
    </message>
    <message>
        <source>The response carries no user identifier (NameID).</source>
        <translation>Die Antwort enthält keinen Benutzerbezeichner (NameID).</translation>
    </message>
    <message>
        <source>The user identifier (NameID) %1 is not an email address.</source>
        <translation>Der Benutzerbezeichner (NameID) %1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Insightly finds the user by the email address in NameID; it must match the user&apos;s Insightly email.</source>
        <translation>Insightly findet den Benutzer über die E-Mail-Adresse in NameID; sie muss mit der Insightly-E-Mail-Adresse des Benutzers übereinstimmen.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Attributes &amp; Claims: set Unique User Identifier (Name ID) to user.userprincipalname (or user.mail), save, and sign in again.</source>
        <translation>In Entra unter „Einmaliges Anmelden“, „Attribute &amp; Ansprüche“: Setzen Sie „Eindeutiger Benutzerbezeichner (Namens-ID)“ auf user.userprincipalname (oder user.mail), speichern Sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from Entra&apos;s by more than five minutes, or the response was captured earlier and is being reused.</source>
        <translation>Die Uhr dieses Computers weicht um mehr als fünf Minuten von der Uhr von Entra ab, oder die Antwort wurde früher abgefangen und wird erneut verwendet.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone, then sign in again.</source>
        <translation>Prüfen Sie Datum, Uhrzeit und Zeitzone dieses Computers und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Subject confirmation still valid</source>
        <translation>Subjektbestätigung noch gültig</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>valid at %1 (± 5 minutes)</source>
        <translation>gültig am %1 (± 5 Minuten)</translation>
    </message>
    <message>
        <source>The SAML response expired at %1; it is now %2.</source>
        <translation>Die SAML-Antwort ist am %1 abgelaufen; jetzt ist es %2.</translation>
    </message>
    <message>
        <source>The response does not say until when it is valid.</source>
        <translation>Die Antwort gibt nicht an, bis wann sie gültig ist.</translation>
    </message>
    <message>
        <source>SubjectConfirmationData has no NotOnOrAfter.</source>
        <translation>SubjectConfirmationData enthält kein NotOnOrAfter.</translation>
    </message>
    <message>
        <source>Assertion validity period</source>
        <translation>Gültigkeitszeitraum der Assertion</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>The SAML response is valid only from %1; it is now %2.</source>
        <translation>Die SAML-Antwort ist erst ab %1 gültig; jetzt ist es %2.</translation>
    </message>
    <message>
        <source>Conditions has no NotOnOrAfter.</source>
        <translation>Conditions enthält kein NotOnOrAfter.</translation>
    </message>
    <message>
        <source> (Insightly holds %1)</source>
        <translation> (in Insightly hinterlegt: %1)</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>Signaturzertifikat</translation>
    </message>
    <message>
        <source>The SAML response is not signed.</source>
        <translation>Die SAML-Antwort ist nicht signiert.</translation>
    </message>
    <message>
        <source>Insightly accepts only responses signed with the certificate it holds.</source>
        <translation>Insightly akzeptiert nur Antworten, die mit dem dort hinterlegten Zertifikat signiert sind.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, SAML Certificates: set Signing Option to &quot;Sign SAML assertion&quot; and make sure a certificate is active.</source>
        <translation>In Entra unter „Einmaliges Anmelden“, „SAML-Zertifikate“: Setzen Sie die Signaturoption auf „SAML-Assertion signieren“ und stellen Sie sicher, dass ein Zertifikat aktiv ist.</translation>
    </message>
    <message>
        <source>The certificate in the response&apos;s signature cannot be read.</source>
        <translation>Das Zertifikat in der Signatur der Antwort kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signature&apos;s KeyInfo holds no valid X.509 certificate.</source>
        <translation>Das KeyInfo der Signatur enthält kein gültiges X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>Sign in again; if it persists, the response was altered on the way.</source>
        <translation>Melden Sie sich erneut an; tritt der Fehler weiterhin auf, wurde die Antwort unterwegs verändert.</translation>
    </message>
    <message>
        <source>Entra signs with %1, the active certificate is %2.</source>
        <translation>Entra signiert mit %1, das aktive Zertifikat ist %2.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2.</source>
        <translation>In Insightly ist das Zertifikat %1 hinterlegt, Entra signiert mit %2.</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again: Entra can take a while to switch certificates. If it persists, open SAML Certificates in Entra and make %1 active.</source>
        <translation>Warten Sie einige Minuten und melden Sie sich erneut an: Entra kann eine Weile brauchen, um Zertifikate umzustellen. Tritt der Fehler weiterhin auf, öffnen Sie in Entra „SAML-Zertifikate“ und machen Sie %1 zum aktiven Zertifikat.</translation>
    </message>
    <message>
        <source>Then upload certificate %1 to Insightly as well.</source>
        <translation>Laden Sie dann das Zertifikat %1 auch in Insightly hoch.</translation>
    </message>
    <message>
        <source>Entra signed this response with another certificate than the active one.</source>
        <translation>Entra hat diese Antwort mit einem anderen als dem aktiven Zertifikat signiert.</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2: upload the new one.</source>
        <translation>In Insightly ist das Zertifikat %1 hinterlegt, Entra signiert mit %2: Laden Sie das neue hoch.</translation>
    </message>
    <message>
        <source>Insightly checks the signature with the certificate it holds, so it will refuse this sign-in.</source>
        <translation>Insightly prüft die Signatur mit dem dort hinterlegten Zertifikat und wird diese Anmeldung daher ablehnen.</translation>
    </message>
    <message>
        <source>Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML and SCIM) and save.</source>
        <translation>Laden Sie „Zertifikat (Base64)“ von %1 in Insightly hoch („System Settings“, „Security“, „SAML and SCIM“) und speichern Sie.</translation>
    </message>
    <message>
        <source>Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.</source>
        <translation>Entra signiert mit dem Zertifikat %1, das von %2 bis %3 gültig ist; jetzt ist es %4.</translation>
    </message>
    <message>
        <source>Insightly may refuse responses signed with a certificate outside its validity period.</source>
        <translation>Insightly lehnt möglicherweise Antworten ab, die mit einem Zertifikat außerhalb seines Gültigkeitszeitraums signiert sind.</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it active in Entra.</source>
        <translation>Erneuern Sie das SAML-Signaturzertifikat: Erstellen Sie ein neues, laden Sie es in Insightly hoch und machen Sie es in Entra zum aktiven Zertifikat.</translation>
    </message>
    <message>
        <source>SAML response readable</source>
        <translation>SAML-Antwort lesbar</translation>
    </message>
    <message>
        <source>a Base64-encoded SAML response</source>
        <translation>eine Base64-codierte SAML-Antwort</translation>
    </message>
    <message>
        <source>Sign in again through My Apps so the wizard can capture a fresh response; if you pasted it, copy the whole SAMLResponse value.</source>
        <translation>Melden Sie sich erneut über „Meine Apps“ an, damit der Assistent eine neue Antwort erfassen kann; falls Sie sie eingefügt haben, kopieren Sie den gesamten SAMLResponse-Wert.</translation>
    </message>
    <message>
        <source>The captured value is too large to be a SAML response.</source>
        <translation>Der erfasste Wert ist zu groß für eine SAML-Antwort.</translation>
    </message>
    <message>
        <source>It is %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Er ist %1 groß; Antworten von Entra haben wenige Kilobyte, und der Assistent liest höchstens %2.</translation>
    </message>
    <message>
        <source>It decodes to %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Decodiert ist er %1 groß; Antworten von Entra haben wenige Kilobyte, und der Assistent liest höchstens %2.</translation>
    </message>
    <message>
        <source>It decodes to text that isn&apos;t UTF-8: it was cut off or altered.</source>
        <translation>Decodiert ergibt er Text, der kein UTF-8 ist: Er wurde abgeschnitten oder verändert.</translation>
    </message>
    <message>
        <source>The captured value is not a SAML response Entra sent.</source>
        <translation>Der erfasste Wert ist keine von Entra gesendete SAML-Antwort.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which SAML forbids; the wizard doesn&apos;t read such documents.</source>
        <translation>Er deklariert einen Dokumenttyp (DTD), was SAML verbietet; der Assistent liest solche Dokumente nicht.</translation>
    </message>
    <message>
        <source>Its XML is far more deeply nested or has far more attributes than a SAML response ever has.</source>
        <translation>Sein XML ist weit tiefer verschachtelt oder hat weit mehr Attribute, als eine SAML-Antwort je hat.</translation>
    </message>
</context>
<context>
    <name>ScimInputs</name>
    <message>
        <source>The Tenant URL is empty.</source>
        <translation>Die Mandanten-URL ist leer.</translation>
    </message>
    <message>
        <source>Entra needs Insightly&apos;s SCIM endpoint to provision users.</source>
        <translation>Entra benötigt den SCIM-Endpunkt von Insightly, um Benutzer bereitzustellen.</translation>
    </message>
    <message>
        <source>The Tenant URL field holds what looks like the Secret Token.</source>
        <translation>Das Feld „Mandanten-URL“ enthält offenbar das geheime Token.</translation>
    </message>
    <message>
        <source>The Tenant URL is a web address starting with https://; the long code below it in Insightly is the token.</source>
        <translation>Die Mandanten-URL ist eine Webadresse, die mit https:// beginnt; der lange Code darunter in Insightly ist das Token.</translation>
    </message>
    <message>
        <source>Paste the token into Secret Token instead. %1</source>
        <translation>Fügen Sie das Token stattdessen in „Geheimes Token“ ein. %1</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Tenant URL.</source>
        <translation>Leerzeichen, Zeilenumbrüche oder Anführungszeichen um die Mandanten-URL wurden entfernt.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Sie werden beim Kopieren aus E-Mails oder Dokumenten mitgenommen; eine URL enthält sie nie.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Nichts zu tun; prüfen Sie, ob die URL unten die von Insightly angezeigte ist.</translation>
    </message>
    <message>
        <source>Added %1 in front of the address.</source>
        <translation>%1 wurde vor der Adresse ergänzt.</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>Der eingefügte Text begann mit dem Hostnamen.</translation>
    </message>
    <message>
        <source>The Tenant URL is not a web address.</source>
        <translation>Die Mandanten-URL ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint is an address starting with https://.</source>
        <translation>Der SCIM-Endpunkt von Insightly ist eine Adresse, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>The Tenant URL contains a user name or password before the host.</source>
        <translation>Die Mandanten-URL enthält vor dem Host einen Benutzernamen oder ein Kennwort.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token separately; credentials in the address would be visible to anyone who sees the configuration.</source>
        <translation>Entra sendet das geheime Token separat; Anmeldeinformationen in der Adresse wären für jeden sichtbar, der die Konfiguration sieht.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s Sign-in page URL (for single sign-on), not the SCIM endpoint.</source>
        <translation>Das ist die „Sign-in page URL“ von Insightly (für das einmalige Anmelden), nicht der SCIM-Endpunkt.</translation>
    </message>
    <message>
        <source>Both are on the same settings page; the SCIM endpoint appears below Enable SCIM Provisioning.</source>
        <translation>Beide stehen auf derselben Einstellungsseite; der SCIM-Endpunkt erscheint unter „Enable SCIM Provisioning“.</translation>
    </message>
    <message>
        <source>That is the SAML and SCIM settings page; copy the SCIM endpoint shown on it.</source>
        <translation>Das ist die Seite mit den SAML- und SCIM-Einstellungen; kopieren Sie den dort angezeigten SCIM-Endpunkt.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>Die Adresse der Einstellungsseite selbst ist nicht der Wert, den Entra benötigt.</translation>
    </message>
    <message>
        <source>The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.</source>
        <translation>Die Mandanten-URL endet mit einer SCIM-Ressource (%1); diesen Teil fügt Entra selbst hinzu.</translation>
    </message>
    <message>
        <source>Entra appends /Users, /Groups and the other resources to the Tenant URL, so they would appear twice.</source>
        <translation>Entra hängt /Users, /Groups und die anderen Ressourcen an die Mandanten-URL an, sodass sie doppelt vorkämen.</translation>
    </message>
    <message>
        <source>Use %1, the SCIM endpoint exactly as Insightly shows it.</source>
        <translation>Verwenden Sie %1, den SCIM-Endpunkt genau so, wie Insightly ihn anzeigt.</translation>
    </message>
    <message>
        <source>The Tenant URL must start with https://, not http://.</source>
        <translation>Die Mandanten-URL muss mit https:// beginnen, nicht mit http://.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token with every request; Microsoft requires an encrypted connection.</source>
        <translation>Entra sendet das geheime Token mit jeder Anfrage; Microsoft verlangt eine verschlüsselte Verbindung.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Verwenden Sie %1, genau wie Insightly es anzeigt.</translation>
    </message>
    <message>
        <source>The Secret Token is empty.</source>
        <translation>Das geheime Token ist leer.</translation>
    </message>
    <message>
        <source>Insightly only accepts provisioning requests that carry its SCIM token.</source>
        <translation>Insightly akzeptiert nur Bereitstellungsanfragen, die sein SCIM-Token enthalten.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Secret Token.</source>
        <translation>Leerzeichen, Zeilenumbrüche oder Anführungszeichen um das geheime Token wurden entfernt.</translation>
    </message>
    <message>
        <source>They come along when copying; they are not part of the token.</source>
        <translation>Sie werden beim Kopieren mitgenommen; sie gehören nicht zum Token.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Removed &quot;Bearer&quot; in front of the Secret Token.</source>
        <translation>„Bearer“ vor dem geheimen Token wurde entfernt.</translation>
    </message>
    <message>
        <source>Entra adds the word Bearer itself when it sends the token.</source>
        <translation>Entra fügt das Wort Bearer beim Senden des Tokens selbst hinzu.</translation>
    </message>
    <message>
        <source>Only the word Bearer was pasted, without the token.</source>
        <translation>Es wurde nur das Wort Bearer eingefügt, ohne das Token.</translation>
    </message>
    <message>
        <source>The Secret Token field holds a web address.</source>
        <translation>Das Feld „Geheimes Token“ enthält eine Webadresse.</translation>
    </message>
    <message>
        <source>The web address is the Tenant URL; the token is the long code shown with it in Insightly.</source>
        <translation>Die Webadresse ist die Mandanten-URL; das Token ist der lange Code, der in Insightly daneben angezeigt wird.</translation>
    </message>
    <message>
        <source>Paste the address into Tenant URL instead. %1</source>
        <translation>Fügen Sie die Adresse stattdessen in „Mandanten-URL“ ein. %1</translation>
    </message>
    <message>
        <source>The Secret Token contains spaces or line breaks.</source>
        <translation>Das geheime Token enthält Leerzeichen oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>A token never contains them; mail and chat programs break long codes into lines, or two values were pasted together.</source>
        <translation>Ein Token enthält sie nie; E-Mail- und Chatprogramme brechen lange Codes in Zeilen um, oder zwei Werte wurden zusammen eingefügt.</translation>
    </message>
    <message>
        <source>Copy the token again in one piece, or check that the token without the spaces (ending in %1) is the one Insightly shows.</source>
        <translation>Kopieren Sie das Token erneut in einem Stück, oder prüfen Sie, ob das Token ohne die Leerzeichen (endet auf %1) das von Insightly angezeigte ist.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>Öffnen Sie in Insightly „System Settings“, „Security“, „SAML and SCIM“, aktivieren Sie „Enable SCIM Provisioning“, speichern Sie und kopieren Sie den dort angezeigten SCIM-Endpunkt in „Mandanten-URL“.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>Öffnen Sie in Insightly „System Settings“, „Security“, „SAML and SCIM“ und kopieren Sie das dort angezeigte SCIM-Token in „Geheimes Token“.</translation>
    </message>
    <message>
        <source>The Tenant URL</source>
        <translation>Die Mandanten-URL</translation>
    </message>
    <message>
        <source>The Secret Token</source>
        <translation>Das geheime Token</translation>
    </message>
</context>
<context>
    <name>ScimProbeCli</name>
    <message>
        <source>Cause: </source>
        <translation>Ursache: </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Lösung: </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code: </translation>
    </message>
    <message>
        <source>from INSIGHTLY_SCIM_TOKEN</source>
        <translation>aus INSIGHTLY_SCIM_TOKEN</translation>
    </message>
    <message>
        <source>from standard input</source>
        <translation>aus der Standardeingabe</translation>
    </message>
    <message>
        <source>Tenant URL refused:</source>
        <translation>Mandanten-URL abgelehnt:</translation>
    </message>
    <message>
        <source>Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…</source>
        <translation>SCIM-Token wird aus der Standardeingabe gelesen (oder setzen Sie INSIGHTLY_SCIM_TOKEN)…</translation>
    </message>
    <message>
        <source>Secret Token refused (%1):</source>
        <translation>Geheimes Token abgelehnt (%1):</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>Probing %1 with the token %2 (%3)</source>
        <translation>%1 wird mit dem Token %2 (%3) geprüft</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A credential has no valid name.</source>
        <translation>Anmeldeinformationen haben keinen gültigen Namen.</translation>
    </message>
    <message>
        <source>A stored secret needs a tenant and a purpose.</source>
        <translation>Ein gespeichertes Geheimnis benötigt einen Mandanten und einen Zweck.</translation>
    </message>
    <message>
        <source>Send the diagnostics to support.</source>
        <translation>Senden Sie die Diagnosedaten an den Support.</translation>
    </message>
</context>
<context>
    <name>SetupOperation</name>
    <message>
        <source>The wizard is not signed in to Microsoft Entra.</source>
        <translation>Der Assistent ist nicht bei Microsoft Entra angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in session ended or was replaced.</source>
        <translation>Die Anmeldesitzung wurde beendet oder ersetzt.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in again.</source>
        <translation>Gehen Sie zurück zum Anmeldeschritt und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The Insightly SAML application is not known yet.</source>
        <translation>Die Anwendung Insightly SAML ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>This step changes the enterprise application created in Step 1.</source>
        <translation>Dieser Schritt ändert die in Schritt 1 erstellte Unternehmensanwendung.</translation>
    </message>
    <message>
        <source>Go back to Step 1 (Add Insightly SAML from the gallery) and complete it first.</source>
        <translation>Gehen Sie zurück zu Schritt 1 (Insightly SAML aus dem Katalog hinzufügen) und schließen Sie ihn zuerst ab.</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>This sign-in was not started by the wizard.</source>
        <translation>Diese Anmeldung wurde nicht vom Assistenten gestartet.</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>Starten Sie die Anmeldung erneut.</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, SAML Certificates, and download &quot;Certificate (Base64)&quot;; then choose that file.</source>
        <translation>Öffnen Sie in Entra die Anwendung Insightly SAML, dann „Einmaliges Anmelden“, „SAML-Zertifikate“, und laden Sie „Zertifikat (Base64)“ herunter; wählen Sie dann diese Datei aus.</translation>
    </message>
    <message>
        <source>This file is not a certificate.</source>
        <translation>Diese Datei ist kein Zertifikat.</translation>
    </message>
    <message>
        <source>It holds neither a PEM certificate (-----BEGIN CERTIFICATE-----), nor DER, nor Base64 certificate data.</source>
        <translation>Sie enthält weder ein PEM-Zertifikat (-----BEGIN CERTIFICATE-----) noch DER- oder Base64-Zertifikatdaten.</translation>
    </message>
    <message>
        <source>This certificate is incomplete.</source>
        <translation>Dieses Zertifikat ist unvollständig.</translation>
    </message>
    <message>
        <source>The data ends before the certificate does: it was cut off while copying or downloading.</source>
        <translation>Die Daten enden vor dem Zertifikat: Es wurde beim Kopieren oder Herunterladen abgeschnitten.</translation>
    </message>
    <message>
        <source>This is a .pfx (PKCS#12) file, not a certificate.</source>
        <translation>Dies ist eine .pfx-Datei (PKCS#12), kein Zertifikat.</translation>
    </message>
    <message>
        <source>A .pfx file bundles the certificate with its private key; Insightly needs only the public certificate.</source>
        <translation>Eine .pfx-Datei bündelt das Zertifikat mit seinem privaten Schlüssel; Insightly benötigt nur das öffentliche Zertifikat.</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate.</source>
        <translation>Dies ist ein privater Schlüssel, kein Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds a PRIVATE KEY block. Insightly needs the public certificate; a private key must never be uploaded or shared.</source>
        <translation>Die Datei enthält einen PRIVATE KEY-Block. Insightly benötigt das öffentliche Zertifikat; ein privater Schlüssel darf niemals hochgeladen oder weitergegeben werden.</translation>
    </message>
    <message>
        <source>If this key is real, keep the file somewhere safe or delete it.</source>
        <translation>Wenn dieser Schlüssel echt ist, bewahren Sie die Datei sicher auf oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>It contains no certificate.</source>
        <translation>Sie enthält kein Zertifikat.</translation>
    </message>
    <message>
        <source>This is Federation Metadata XML, not a certificate file.</source>
        <translation>Dies ist eine Verbundmetadaten-XML-Datei, keine Zertifikatdatei.</translation>
    </message>
    <message>
        <source>The metadata carries the signing certificate inside it.</source>
        <translation>Die Metadaten enthalten das Signaturzertifikat.</translation>
    </message>
    <message>
        <source>Load it as federation metadata instead, or download &quot;Certificate (Base64)&quot; from Entra.</source>
        <translation>Laden Sie sie stattdessen als Verbundmetadaten, oder laden Sie „Zertifikat (Base64)“ aus Entra herunter.</translation>
    </message>
    <message>
        <source>This file holds too many certificates.</source>
        <translation>Diese Datei enthält zu viele Zertifikate.</translation>
    </message>
    <message>
        <source>It holds more than %1; the SAML signing certificate is one.</source>
        <translation>Sie enthält mehr als %1; das SAML-Signaturzertifikat ist ein einzelnes.</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>Die Zertifikatdatei</translation>
    </message>
    <message>
        <source>This is a certificate authority&apos;s certificate, not a SAML signing certificate.</source>
        <translation>Dies ist das Zertifikat einer Zertifizierungsstelle, kein SAML-Signaturzertifikat.</translation>
    </message>
    <message>
        <source>It is marked as a certificate authority (%1); Entra signs SAML responses with a certificate of its own.</source>
        <translation>Es ist als Zertifizierungsstelle gekennzeichnet (%1); Entra signiert SAML-Antworten mit einem eigenen Zertifikat.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
</context>
<context>
    <name>SigningCertificates</name>
    <message>
        <source>Creating a SAML signing certificate valid until %1…</source>
        <translation>Ein SAML-Signaturzertifikat mit Gültigkeit bis %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The new signing certificate could not be checked.</source>
        <translation>Das neue Signaturzertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The thumbprint Microsoft Entra returned does not match the certificate it returned.</source>
        <translation>Der von Microsoft Entra zurückgegebene Fingerabdruck stimmt nicht mit dem zurückgegebenen Zertifikat überein.</translation>
    </message>
    <message>
        <source>Run this step again. If it happens again, create the certificate in the Entra admin center (Single sign-on &gt; SAML Certificates).</source>
        <translation>Führen Sie diesen Schritt erneut aus. Tritt dies wieder auf, erstellen Sie das Zertifikat im Microsoft Entra Admin Center (Einmaliges Anmelden &gt; SAML-Zertifikate).</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to show the new certificate… seen %1 of %2 times</source>
        <translation>Es wird gewartet, bis Microsoft Entra das neue Zertifikat anzeigt… %1 von %2 Mal gesehen</translation>
    </message>
    <message>
        <source>The new signing certificate disappeared.</source>
        <translation>Das neue Signaturzertifikat ist verschwunden.</translation>
    </message>
    <message>
        <source>It was seen and then no longer listed.</source>
        <translation>Es wurde gesehen und danach nicht mehr aufgeführt.</translation>
    </message>
    <message>
        <source>Run this step again.</source>
        <translation>Führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Die SAML-Signaturzertifikate werden gelesen…</translation>
    </message>
    <message>
        <source>A new certificate from an earlier run is waiting to be activated.</source>
        <translation>Ein neues Zertifikat aus einem früheren Durchlauf wartet auf die Aktivierung.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the new certificate; checking whether it was created…</source>
        <translation>Microsoft Entra hat das neue Zertifikat nicht bestätigt; es wird geprüft, ob es erstellt wurde…</translation>
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
        <translation>    Grund: %1</translation>
    </message>
    <message>
        <source>    Request ID: %1</source>
        <translation>    Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>    What to do: %1</source>
        <translation>    Vorgehensweise: %1</translation>
    </message>
    <message>
        <source>%1 — status report</source>
        <translation>%1 – Statusbericht</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Gelesen am %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at %1</source>
        <translation>Benutzer melden sich über %1 bei Insightly an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vorgehensweise</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at</source>
        <translation>Anmeldung der Benutzer bei Insightly:</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>Reading</source>
        <translation>Wird gelesen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Microsoft Entra-Mandant</translation>
    </message>
    <message>
        <source>Insightly instance</source>
        <translation>Insightly-Instanz</translation>
    </message>
    <message>
        <source>Enterprise application</source>
        <translation>Unternehmensanwendung</translation>
    </message>
    <message>
        <source>SAML single sign-on settings</source>
        <translation>Einstellungen für einmaliges Anmelden per SAML</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>SAML-Signaturzertifikat</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Anmeldetest</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>Enforce SAML Login</translation>
    </message>
    <message>
        <source>Provisioning (SCIM)</source>
        <translation>Bereitstellung (SCIM)</translation>
    </message>
    <message>
        <source>SCIM token in the keychain</source>
        <translation>SCIM-Token im Schlüsselbund</translation>
    </message>
    <message>
        <source>Assigned users and groups</source>
        <translation>Zugewiesene Benutzer und Gruppen</translation>
    </message>
</context>
<context>
    <name>StatusRowRules</name>
    <message>
        <source>Run the wizard again and choose &quot;Set up single sign-on and provisioning&quot;; %1 It keeps what is already set up.</source>
        <translation>Führen Sie den Assistenten erneut aus und wählen Sie „Einmaliges Anmelden und Bereitstellung einrichten“; %1 Bereits Eingerichtetes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Führen Sie den Assistenten erneut aus und wählen Sie „SAML-Signaturzertifikat einer bestehenden Einrichtung erneuern“.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft Entra.</source>
        <translation>Nicht bei Microsoft Entra angemeldet.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Gehen Sie zurück zum Anmeldeschritt und melden Sie sich an.</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, angemeldet als %2</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Verzeichnisrollen</translation>
    </message>
    <message>
        <source>No Insightly instance is connected yet.</source>
        <translation>Es ist noch keine Insightly-Instanz verbunden.</translation>
    </message>
    <message>
        <source>This computer has no record of the Insightly instance.</source>
        <translation>Auf diesem Computer ist keine Insightly-Instanz erfasst.</translation>
    </message>
    <message>
        <source>the Insightly step reads the Sign-in page URL.</source>
        <translation>der Insightly-Schritt liest die „Sign-in page URL“ ein.</translation>
    </message>
    <message>
        <source>Sign-in page URL</source>
        <translation>Sign-in page URL</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>Instanz-ID</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>No Insightly SAML enterprise application was found.</source>
        <translation>Es wurde keine Unternehmensanwendung „Insightly SAML“ gefunden.</translation>
    </message>
    <message>
        <source>Step 1 adds Insightly SAML from the Microsoft Entra gallery.</source>
        <translation>Schritt 1 fügt Insightly SAML aus dem Microsoft Entra-Katalog hinzu.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists in Entra.</source>
        <translation>Die beim letzten Lauf erfasste Anwendung existiert in Entra nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n Insightly SAML applications exist; the wizard does not know which one Insightly uses.</source>
        <translation>
            <numerusform>Es gibt %n Anwendung „Insightly SAML“; der Assistent weiß nicht, welche Insightly verwendet.</numerusform>
            <numerusform>Es gibt %n Anwendungen „Insightly SAML“; der Assistent weiß nicht, welche davon Insightly verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 lets you choose the application to keep using.</source>
        <translation>In Schritt 1 wählen Sie die Anwendung, die weiter verwendet werden soll.</translation>
    </message>
    <message>
        <source>application ID %1, created %2</source>
        <translation>Anwendungs-ID %1, erstellt am %2</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists; this one was found by its gallery template.</source>
        <translation>Die beim letzten Lauf erfasste Anwendung existiert nicht mehr; diese wurde über ihre Katalogvorlage gefunden.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Enterprise application object ID</source>
        <translation>Objekt-ID der Unternehmensanwendung</translation>
    </message>
    <message>
        <source>Step 2 sets SAML mode, the Identifier and the Reply URL.</source>
        <translation>Schritt 2 setzt den SAML-Modus, den Bezeichner und die Antwort-URL.</translation>
    </message>
    <message>
        <source>Single sign-on mode is &quot;%1&quot;, not SAML.</source>
        <translation>Der Modus für einmaliges Anmelden ist „%1“, nicht SAML.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values; Insightly needs exactly one.</source>
        <translation>
            <numerusform>%1: %n Wert; Insightly benötigt genau einen.</numerusform>
            <numerusform>%1: %n Werte; Insightly benötigt genau einen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 differs from Insightly&apos;s Sign-in page URL.</source>
        <translation>%1 weicht von der „Sign-in page URL“ von Insightly ab.</translation>
    </message>
    <message>
        <source>Identifier (Entity ID)</source>
        <translation>Bezeichner (Entitäts-ID)</translation>
    </message>
    <message>
        <source>Reply URL</source>
        <translation>Antwort-URL</translation>
    </message>
    <message>
        <source>The Identifier and the Reply URL differ; both must be the Sign-in page URL.</source>
        <translation>Bezeichner und Antwort-URL unterscheiden sich; beide müssen die „Sign-in page URL“ sein.</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL are set (the Sign-in page URL is not recorded on this computer to compare with).</source>
        <translation>SAML; Bezeichner und Antwort-URL sind festgelegt (die „Sign-in page URL“ ist auf diesem Computer nicht zum Vergleich erfasst).</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL equal the Insightly Sign-in page URL.</source>
        <translation>SAML; Bezeichner und Antwort-URL entsprechen der „Sign-in page URL“ von Insightly.</translation>
    </message>
    <message>
        <source>Single sign-on mode</source>
        <translation>Modus für einmaliges Anmelden</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>The application has no SAML signing certificate: Entra cannot sign a sign-in (AADSTS50003).</source>
        <translation>Die Anwendung hat kein SAML-Signaturzertifikat: Entra kann keine Anmeldung signieren (AADSTS50003).</translation>
    </message>
    <message>
        <source>Step 2 creates the certificate and makes it active.</source>
        <translation>Schritt 2 erstellt das Zertifikat und macht es zum aktiven Zertifikat.</translation>
    </message>
    <message>
        <source>No signing certificate is active (AADSTS50146 at sign-in).</source>
        <translation>Kein Signaturzertifikat ist aktiv (AADSTS50146 bei der Anmeldung).</translation>
    </message>
    <message>
        <source>The active certificate expired on %1: nobody can sign in to Insightly.</source>
        <translation>Das aktive Zertifikat ist am %1 abgelaufen: Niemand kann sich bei Insightly anmelden.</translation>
    </message>
    <message numerus="yes">
        <source>The active certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Das aktive Zertifikat läuft in %n Tag ab, am %1.</numerusform>
            <numerusform>Das aktive Zertifikat läuft in %n Tagen ab, am %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active, valid until %1 (%n days left).</source>
        <translation>
            <numerusform>Aktiv, gültig bis %1 (noch %n Tag).</numerusform>
            <numerusform>Aktiv, gültig bis %1 (noch %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>Active thumbprint</source>
        <translation>Aktiver Fingerabdruck</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>The active certificate is not the one this wizard gave Insightly (%1); Insightly rejects sign-ins unless it holds the active one.</source>
        <translation>Das aktive Zertifikat ist nicht das, das dieser Assistent Insightly gegeben hat (%1); Insightly lehnt Anmeldungen ab, solange es nicht das aktive Zertifikat hat.</translation>
    </message>
    <message>
        <source>Expiry notification e-mails</source>
        <translation>Benachrichtigungs-E-Mails zum Ablauf</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Nobody gets Microsoft&apos;s expiry e-mails (60, 30 and 7 days before).</source>
        <translation>Niemand erhält die Ablauf-E-Mails von Microsoft (60, 30 und 7 Tage vorher).</translation>
    </message>
    <message>
        <source>Add a notification e-mail in Entra: Single sign-on › SAML Certificates › Edit.</source>
        <translation>Fügen Sie in Entra eine Benachrichtigungs-E-Mail-Adresse hinzu: Einmaliges Anmelden › SAML-Zertifikate › Bearbeiten.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>Inactive certificates</source>
        <translation>Inaktive Zertifikate</translation>
    </message>
    <message>
        <source>Step 2 tests the sign-in.</source>
        <translation>Schritt 2 testet die Anmeldung.</translation>
    </message>
    <message>
        <source>The sign-in has not been tested by this wizard.</source>
        <translation>Die Anmeldung wurde von diesem Assistenten nicht getestet.</translation>
    </message>
    <message>
        <source>Passed on %1.</source>
        <translation>Bestanden am %1.</translation>
    </message>
    <message>
        <source>Failed on %1.</source>
        <translation>Fehlgeschlagen am %1.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Confirmed on %1: Insightly users sign in through Microsoft Entra.</source>
        <translation>Bestätigt am %1: Insightly-Benutzer melden sich über Microsoft Entra an.</translation>
    </message>
    <message>
        <source>Not confirmed: users may still sign in to Insightly with a password.</source>
        <translation>Nicht bestätigt: Benutzer können sich möglicherweise noch mit einem Kennwort bei Insightly anmelden.</translation>
    </message>
    <message>
        <source>In Insightly, open System Settings › Security › SAML and SCIM, tick Enforce SAML Login and save; then confirm it in Step 2 of the wizard.</source>
        <translation>Öffnen Sie in Insightly „System Settings › Security › SAML and SCIM“, aktivieren Sie „Enforce SAML Login“ und speichern Sie; bestätigen Sie es dann in Schritt 2 des Assistenten.</translation>
    </message>
    <message>
        <source>First pass the sign-in test; only then tick Enforce SAML Login in Insightly (System Settings › Security › SAML and SCIM) and save.</source>
        <translation>Bestehen Sie zuerst den Anmeldetest; aktivieren Sie erst dann „Enforce SAML Login“ in Insightly („System Settings › Security › SAML and SCIM“) und speichern Sie.</translation>
    </message>
    <message>
        <source>Step 3 sets up provisioning with Insightly&apos;s SCIM endpoint and token.</source>
        <translation>Schritt 3 richtet die Bereitstellung mit dem SCIM-Endpunkt und dem Token von Insightly ein.</translation>
    </message>
    <message>
        <source>Provisioning is not set up.</source>
        <translation>Die Bereitstellung ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>In quarantine (%1): %2</source>
        <translation>In Quarantäne (%1): %2</translation>
    </message>
    <message>
        <source>The Tenant URL and Secret Token are not saved.</source>
        <translation>Mandanten-URL und geheimes Token sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>The last cycle failed: %1</source>
        <translation>Der letzte Zyklus ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Provisioning is paused (%1).</source>
        <translation>Die Bereitstellung ist angehalten (%1).</translation>
    </message>
    <message>
        <source>In Entra, open the Insightly SAML application › Provisioning and select Start provisioning.</source>
        <translation>Öffnen Sie in Entra die Anwendung Insightly SAML › Bereitstellung und wählen Sie „Bereitstellung starten“.</translation>
    </message>
    <message numerus="yes">
        <source>Running; %n user(s) could not be provisioned in the last cycle.</source>
        <translation>
            <numerusform>Läuft; %n Benutzer konnte im letzten Zyklus nicht bereitgestellt werden.</numerusform>
            <numerusform>Läuft; %n Benutzer konnten im letzten Zyklus nicht bereitgestellt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the provisioning logs in Entra (Insightly SAML › Provisioning logs) for each user&apos;s error.</source>
        <translation>Öffnen Sie die Bereitstellungsprotokolle in Entra (Insightly SAML › Bereitstellungsprotokolle), um den Fehler jedes Benutzers zu sehen.</translation>
    </message>
    <message>
        <source>Running; the first cycle has not finished yet (it can take a while in Entra).</source>
        <translation>Läuft; der erste Zyklus ist noch nicht abgeschlossen (das kann in Entra eine Weile dauern).</translation>
    </message>
    <message>
        <source>Running; the last cycle succeeded on %1.</source>
        <translation>Läuft; der letzte Zyklus war am %1 erfolgreich.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Letzter Zyklus</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, beendet %2</translation>
    </message>
    <message>
        <source>Last successful cycle</source>
        <translation>Letzter erfolgreicher Zyklus</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent, %3 failed, %4 users in sync</source>
        <translation>%1 im Bereich, %2 Änderungen gesendet, %3 fehlgeschlagen, %4 Benutzer synchron</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Stabiler Zustand</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>noch nicht erreicht</translation>
    </message>
    <message>
        <source>Quarantine reason</source>
        <translation>Quarantänegrund</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message</source>
        <translation>Meldung von Microsoft</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain (not shown).</source>
        <translation>Im Schlüsselbund dieses Computers gespeichert (nicht angezeigt).</translation>
    </message>
    <message>
        <source>Not stored; provisioning is not set up.</source>
        <translation>Nicht gespeichert; die Bereitstellung ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Not stored on this computer. Entra keeps its own copy, so provisioning is not affected.</source>
        <translation>Nicht auf diesem Computer gespeichert. Entra hat eine eigene Kopie, die Bereitstellung ist also nicht betroffen.</translation>
    </message>
    <message>
        <source>Nothing to do unless provisioning fails; then regenerate the token in Insightly and save it in Step 3 of the wizard.</source>
        <translation>Nichts zu tun, solange die Bereitstellung nicht fehlschlägt; generieren Sie dann das Token in Insightly neu und speichern Sie es in Schritt 3 des Assistenten.</translation>
    </message>
    <message>
        <source>Step 4 assigns users and groups.</source>
        <translation>Schritt 4 weist Benutzer und Gruppen zu.</translation>
    </message>
    <message>
        <source>Nobody is assigned: no user can sign in or be provisioned.</source>
        <translation>Niemand ist zugewiesen: Kein Benutzer kann sich anmelden oder bereitgestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) chosen in the last run are not done yet.</source>
        <translation>
            <numerusform>%n im letzten Lauf gewählte Zuweisung ist noch nicht erfolgt.</numerusform>
            <numerusform>%n im letzten Lauf gewählte Zuweisungen sind noch nicht erfolgt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) and %1 group(s) assigned.</source>
        <translation>
            <numerusform>%n Benutzer und %1 Gruppe(n) zugewiesen.</numerusform>
            <numerusform>%n Benutzer und %1 Gruppe(n) zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Other (applications)</source>
        <translation>Andere (Anwendungen)</translation>
    </message>
    <message>
        <source>Members of assigned groups are provisioned; groups nested in them are not.</source>
        <translation>Mitglieder zugewiesener Gruppen werden bereitgestellt; darin geschachtelte Gruppen nicht.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Laden Sie das aktive Zertifikat in Insightly hoch, oder führen Sie den Assistenten erneut aus und wählen Sie „SAML-Signaturzertifikat einer bestehenden Einrichtung erneuern“.</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>a NUL character</source>
        <translation>ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>einen Tabulator</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>das Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 ist zu lang.</translation>
    </message>
    <message>
        <source>It has %L1 characters; a valid value has at most %L2.</source>
        <translation>Länge: %L1 Zeichen; ein gültiger Wert hat höchstens %L2.</translation>
    </message>
    <message>
        <source>Check that you copied only the value, not a whole page or file, and paste it again.</source>
        <translation>Prüfen Sie, ob Sie nur den Wert kopiert haben, nicht eine ganze Seite oder Datei, und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>%1 contains an invisible character.</source>
        <translation>%1 enthält ein unsichtbares Zeichen.</translation>
    </message>
    <message>
        <source>It holds %1 at position %L2, which no valid value has.</source>
        <translation>Der Wert enthält an Position %L2 %1; das hat kein gültiger Wert.</translation>
    </message>
    <message>
        <source>Copy the value again from where it is shown, without anything around it, and paste it here. The wizard never uses part of a value.</source>
        <translation>Kopieren Sie den Wert erneut dort, wo er angezeigt wird, ohne etwas davor oder danach, und fügen Sie ihn hier ein. Der Assistent verwendet nie nur einen Teil eines Werts.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 ist zu groß.</translation>
    </message>
    <message>
        <source>It is %1; the wizard reads at most %2 for this.</source>
        <translation>Größe: %1; der Assistent liest hierfür höchstens %2.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Prüfen Sie, ob Sie die richtige Datei ausgewählt haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
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
        <translation>Das Zertifikat von %1 wurde von einer Stelle ausgestellt, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>Das Zertifikat von %1 ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 was issued for another name.</source>
        <translation>Das für %1 vorgelegte Zertifikat wurde für einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked or is damaged.</source>
        <translation>Das Zertifikat von %1 wurde widerrufen oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <source>Nothing was sent to it.</source>
        <translation>Es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer. If your company inspects secure connections, its proxy&apos;s certificate authority must be trusted by this computer; otherwise do not continue.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers. Wenn Ihr Unternehmen sichere Verbindungen überprüft, muss dieser Computer der Zertifizierungsstelle seines Proxys vertrauen; andernfalls fahren Sie nicht fort.</translation>
    </message>
</context>
<context>
    <name>insightly::AppFlow</name>
    <message>
        <source>Looking for the Insightly SAML application…</source>
        <translation>Die Anwendung Insightly SAML wird gesucht…</translation>
    </message>
</context>
<context>
    <name>insightly::AppPage</name>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>Schritt 1 – Die Anwendung Insightly SAML hinzufügen</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>Die Unternehmensanwendung aus dem Microsoft Entra-Katalog.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one. A new application takes a little while to appear everywhere in Entra; the wizard waits for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Im Microsoft Entra Admin Center ist dies &lt;b&gt;Unternehmensanwendungen › Neue Anwendung&lt;/b&gt;: im Katalog nach &lt;b&gt;Insightly SAML&lt;/b&gt; suchen und die Anwendung hinzufügen.&lt;/p&gt;&lt;p&gt;Der Assistent sucht zuerst nach einer vorhandenen Insightly SAML-Anwendung und erstellt nie eine zweite. Eine neue Anwendung braucht etwas Zeit, bis sie überall in Entra erscheint; der Assistent wartet darauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Progress of step 1</source>
        <translation>Fortschritt von Schritt 1</translation>
    </message>
    <message>
        <source>&amp;Find or add the application</source>
        <translation>Anwendung &amp;suchen oder hinzufügen</translation>
    </message>
    <message>
        <source>Find or add the Insightly SAML application</source>
        <translation>Die Anwendung Insightly SAML suchen oder hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel step 1</source>
        <translation>Schritt 1 abbrechen</translation>
    </message>
    <message>
        <source>Existing Insightly SAML applications</source>
        <translation>Vorhandene Insightly SAML-Anwendungen</translation>
    </message>
    <message>
        <source>&amp;Use this application</source>
        <translation>Diese Anwendung &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the selected application</source>
        <translation>Die ausgewählte Anwendung verwenden</translation>
    </message>
    <message>
        <source>Result of step 1</source>
        <translation>Ergebnis von Schritt 1</translation>
    </message>
    <message>
        <source>%1 — created %2 — application id %3</source>
        <translation>%1 — erstellt %2 — Anwendungs-ID %3</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant. Choose the one Insightly users sign in with; the wizard does not pick one for you.</source>
        <translation>In diesem Mandanten gibt es mehrere Insightly SAML-Anwendungen. Wählen Sie diejenige aus, mit der sich Insightly-Benutzer anmelden; der Assistent wählt keine für Sie aus.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing more was changed; start again to continue where it stopped.</source>
        <translation>Abgebrochen. Es wurde nichts weiter geändert; starten Sie erneut, um dort fortzufahren, wo es angehalten hat.</translation>
    </message>
    <message>
        <source>Step 1 did not finish.</source>
        <translation>Schritt 1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Created the Insightly SAML application; Entra shows it everywhere now.</source>
        <translation>Die Anwendung Insightly SAML wurde erstellt; Entra zeigt sie jetzt überall an.</translation>
    </message>
    <message>
        <source>Found the existing Insightly SAML application; nothing was created.</source>
        <translation>Die vorhandene Insightly SAML-Anwendung wurde gefunden; es wurde nichts erstellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Application (client) id: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Application object id: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Enterprise application (service principal) object id: &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Anwendungs-ID (Client-ID): &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Objekt-ID der Anwendung: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Objekt-ID der Unternehmensanwendung (Dienstprinzipal): &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Reading what step 1 will change before it starts…</source>
        <translation>Vor dem Start wird gelesen, was Schritt 1 ändern wird…</translation>
    </message>
</context>
<context>
    <name>insightly::AssignFlow</name>
    <message>
        <source>Assignments cannot be made yet.</source>
        <translation>Zuweisungen können noch nicht vorgenommen werden.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Sie sind nicht bei Microsoft Entra ID angemeldet.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Gehen Sie zurück zum Anmeldeschritt und melden Sie sich an.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>Die Unternehmensanwendung Insightly SAML ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Gehen Sie zurück zu Schritt 1 und fügen Sie die Anwendung hinzu oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>%1 of %2 assigned</source>
        <translation>%1 von %2 zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>— %n per second</source>
        <translation>
            <numerusform>— %n pro Sekunde</numerusform>
            <numerusform>— %n pro Sekunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %n second(s) left</source>
        <translation>
            <numerusform>— noch etwa %n Sekunde</numerusform>
            <numerusform>— noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n waiting for Entra to replicate</source>
        <translation>
            <numerusform>— %n wartet auf die Replikation in Entra</numerusform>
            <numerusform>— %n warten auf die Replikation in Entra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n failed</source>
        <translation>
            <numerusform>— %n fehlgeschlagen</numerusform>
            <numerusform>— %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the current assignments…</source>
        <translation>Die aktuellen Zuweisungen werden gelesen…</translation>
    </message>
    <message>
        <source>Assigning: %1</source>
        <translation>Zuweisung: %1</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Zuweisung läuft…</translation>
    </message>
    <message>
        <source>Removing the selected assignments…</source>
        <translation>Die ausgewählten Zuweisungen werden entfernt…</translation>
    </message>
    <message>
        <source>Provisioning the selected users in Insightly now…</source>
        <translation>Die ausgewählten Benutzer werden jetzt in Insightly bereitgestellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) are still queued; they continue when you come back to this step.</source>
        <translation>
            <numerusform>%n Zuweisung steht noch in der Warteschlange; sie wird fortgesetzt, wenn Sie zu diesem Schritt zurückkehren.</numerusform>
            <numerusform>%n Zuweisungen stehen noch in der Warteschlange; sie werden fortgesetzt, wenn Sie zu diesem Schritt zurückkehren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is assigned yet: find users or groups and assign them.</source>
        <translation>Noch ist niemand zugewiesen: Suchen Sie Benutzer oder Gruppen und weisen Sie sie zu.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned now: %1 and %2.</source>
        <translation>Jetzt zugewiesen: %1 und %2.</translation>
    </message>
    <message>
        <source>No user is selected.</source>
        <translation>Kein Benutzer ist ausgewählt.</translation>
    </message>
    <message>
        <source>Provision on demand works on assigned users.</source>
        <translation>„Bedarfsgesteuerte Bereitstellung“ funktioniert mit zugewiesenen Benutzern.</translation>
    </message>
    <message>
        <source>Select users in the list of current assignments.</source>
        <translation>Wählen Sie Benutzer in der Liste der aktuellen Zuweisungen aus.</translation>
    </message>
    <message>
        <source>Provisioning is not set up yet.</source>
        <translation>Die Bereitstellung ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>Step 3 has not saved and started provisioning.</source>
        <translation>Schritt 3 hat die Bereitstellung noch nicht gespeichert und gestartet.</translation>
    </message>
    <message>
        <source>Go back to step 3, test and save the SCIM connection.</source>
        <translation>Gehen Sie zurück zu Schritt 3, testen und speichern Sie die SCIM-Verbindung.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPage</name>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>Schritt 4 – Benutzer und Gruppen zuweisen</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Wer sich über Entra bei Insightly anmelden darf und wer bereitgestellt wird.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Assigning a group is faster than assigning its members one by one.&lt;/p&gt;&lt;p&gt;The lockout check lists the Insightly users who could not sign in while &lt;b&gt;Enforce SAML Login&lt;/b&gt; is ticked.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Weisen Sie die Benutzer und Gruppen zu, die Insightly verwenden. Ihre E-Mail-Adresse in Insightly muss mit ihrem Anmeldenamen in Entra übereinstimmen.&lt;/p&gt;&lt;p&gt;Eine Gruppe zuzuweisen geht schneller, als ihre Mitglieder einzeln zuzuweisen.&lt;/p&gt;&lt;p&gt;Die Aussperrungsprüfung listet die Insightly-Benutzer auf, die sich nicht anmelden könnten, während &lt;b&gt;Enforce SAML Login&lt;/b&gt; aktiviert ist.&lt;/p&gt;&lt;p&gt;Benutzer melden sich dann über &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt; an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State of the assignments</source>
        <translation>Status der Zuweisungen</translation>
    </message>
    <message>
        <source>Step 4 tasks</source>
        <translation>Aufgaben von Schritt 4</translation>
    </message>
    <message>
        <source>F&amp;ind and assign</source>
        <translation>Suc&amp;hen und zuweisen</translation>
    </message>
    <message>
        <source>Pro&amp;visioning</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <source>Loc&amp;kout check</source>
        <translation>&amp;Aussperrungsprüfung</translation>
    </message>
    <message>
        <source>Assi&amp;gned (%1)</source>
        <translation>Zu&amp;gewiesen (%1)</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPickerPanel</name>
    <message>
        <source>Find users and groups</source>
        <translation>Benutzer und Gruppen suchen</translation>
    </message>
    <message>
        <source>Name, e-mail or sign-in name</source>
        <translation>Name, E-Mail-Adresse oder Anmeldename</translation>
    </message>
    <message>
        <source>Find &amp;users and groups:</source>
        <translation>Ben&amp;utzer und Gruppen suchen:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>Ausgewählte zuwe&amp;isen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running assignment</source>
        <translation>Laufende Zuweisung abbrechen</translation>
    </message>
    <message>
        <source>Assignment progress</source>
        <translation>Fortschritt der Zuweisung</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Assignment rate and time left</source>
        <translation>Zuweisungsrate und verbleibende Zeit</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Nichts ist ausgewählt.</translation>
    </message>
    <message>
        <source>Select users or groups in the search results first.</source>
        <translation>Wählen Sie zuerst Benutzer oder Gruppen in den Suchergebnissen aus.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignedUsersPanel</name>
    <message>
        <source>Current assignments</source>
        <translation>Aktuelle Zuweisungen</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Ausgewählte ent&amp;fernen</translation>
    </message>
    <message>
        <source>Provision selected users n&amp;ow</source>
        <translation>Ausgewählte Benutzer &amp;jetzt bereitstellen</translation>
    </message>
    <message>
        <source>Creates the selected assigned users in Insightly now instead of waiting for the next provisioning cycle (at most 5 users per 10 seconds).</source>
        <translation>Erstellt die ausgewählten zugewiesenen Benutzer jetzt in Insightly, statt auf den nächsten Bereitstellungszyklus zu warten (höchstens 5 Benutzer pro 10 Sekunden).</translation>
    </message>
    <message>
        <source>Provisioning results</source>
        <translation>Bereitstellungsergebnisse</translation>
    </message>
    <message>
        <source>User or step</source>
        <translation>Benutzer oder Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (Gruppe)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (Benutzer)</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateHandoff</name>
    <message>
        <source>The certificate file is not exported yet.</source>
        <translation>Die Zertifikatdatei ist noch nicht exportiert.</translation>
    </message>
    <message>
        <source>Insightly&apos;s file field will get %1.</source>
        <translation>Das Dateifeld von Insightly erhält %1.</translation>
    </message>
    <message>
        <source>%1 was chosen in Insightly; now click Upload.</source>
        <translation>%1 wurde in Insightly ausgewählt; klicken Sie jetzt auf „Upload“.</translation>
    </message>
    <message>
        <source>Insightly holds the certificate %1.</source>
        <translation>Insightly hat das Zertifikat %1.</translation>
    </message>
    <message>
        <source>Insightly holds another certificate (%1), not %2: upload %3.</source>
        <translation>Insightly hat ein anderes Zertifikat (%1), nicht %2: Laden Sie %3 hoch.</translation>
    </message>
    <message>
        <source>Insightly accepted the certificate: the sign-in test passed.</source>
        <translation>Insightly hat das Zertifikat akzeptiert: Der Anmeldetest war erfolgreich.</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateRotationFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Abgebrochen. Starten Sie erneut, um dort fortzufahren, wo es angehalten hat.</translation>
    </message>
    <message>
        <source>This step of the rotation did not finish.</source>
        <translation>Dieser Schritt der Erneuerung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Die bestehende Einrichtung wird gesucht…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>In diesem Mandanten gibt es mehrere Anwendungen Insightly SAML.</translation>
    </message>
    <message>
        <source>The wizard cannot tell which one Insightly signs in with.</source>
        <translation>Der Assistent kann nicht erkennen, mit welcher sich Insightly anmeldet.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its certificate.</source>
        <translation>Führen Sie eine neue Einrichtung aus und wählen Sie die Anwendung in Schritt 1; erneuern Sie dann ihr Zertifikat.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Die SAML-Signaturzertifikate werden gelesen…</translation>
    </message>
    <message>
        <source>The Insightly SAML application has no active signing certificate.</source>
        <translation>Die Anwendung Insightly SAML hat kein aktives Signaturzertifikat.</translation>
    </message>
    <message>
        <source>There is nothing to rotate: Entra does not sign Insightly sign-ins yet.</source>
        <translation>Es gibt nichts zu erneuern: Entra signiert noch keine Anmeldungen bei Insightly.</translation>
    </message>
    <message>
        <source>Run a new setup: its step 2 creates and activates the signing certificate.</source>
        <translation>Führen Sie eine neue Einrichtung aus: Deren Schritt 2 erstellt und aktiviert das Signaturzertifikat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with %1.</source>
        <translation>&lt;b&gt;Die Erneuerung ist abgeschlossen.&lt;/b&gt; Entra signiert mit %1.</translation>
    </message>
    <message>
        <source>Choose the validity, then create the new certificate.</source>
        <translation>Wählen Sie die Gültigkeit und erstellen Sie dann das neue Zertifikat.</translation>
    </message>
    <message>
        <source>Creating the new signing certificate…</source>
        <translation>Das neue Signaturzertifikat wird erstellt…</translation>
    </message>
    <message>
        <source>Exporting the new certificate (Base64)…</source>
        <translation>Das neue Zertifikat wird exportiert (Base64)…</translation>
    </message>
    <message>
        <source>Previous certificate</source>
        <translation>Vorheriges Zertifikat</translation>
    </message>
    <message>
        <source>The new certificate is active. Test one sign-in, then remove the old certificate — or roll back.</source>
        <translation>Das neue Zertifikat ist aktiv. Testen Sie eine Anmeldung und entfernen Sie dann das alte Zertifikat – oder setzen Sie zurück.</translation>
    </message>
    <message>
        <source>Exported. Upload the previous certificate in Insightly again, or upload the new one and activate it to retry.</source>
        <translation>Exportiert. Laden Sie das vorherige Zertifikat erneut in Insightly hoch, oder laden Sie das neue hoch und aktivieren Sie es, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Upload the new certificate in the Insightly tab, then activate it here at once.</source>
        <translation>Laden Sie das neue Zertifikat in der Insightly-Registerkarte hoch und aktivieren Sie es dann sofort hier.</translation>
    </message>
    <message>
        <source>Activating the new certificate…</source>
        <translation>Das neue Zertifikat wird aktiviert…</translation>
    </message>
    <message>
        <source>The new certificate is active: Entra signs with it. Test one sign-in now.</source>
        <translation>Das neue Zertifikat ist aktiv: Entra signiert damit. Testen Sie jetzt eine Anmeldung.</translation>
    </message>
    <message>
        <source>Removing the old certificate…</source>
        <translation>Das alte Zertifikat wird entfernt…</translation>
    </message>
    <message>
        <source>The old certificate is removed.</source>
        <translation>Das alte Zertifikat ist entfernt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with the new certificate %1, which Insightly holds; the old certificate %2 is removed from the application.</source>
        <translation>&lt;b&gt;Die Erneuerung ist abgeschlossen.&lt;/b&gt; Entra signiert mit dem neuen Zertifikat %1, das Insightly hält; das alte Zertifikat %2 ist aus der Anwendung entfernt.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Es wird zum vorherigen Zertifikat zurückgekehrt…</translation>
    </message>
    <message>
        <source>Rolled back: Entra signs with the previous certificate again.</source>
        <translation>Zurückgesetzt: Entra signiert wieder mit dem vorherigen Zertifikat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; Entra signs with the previous certificate %1 again. &lt;b&gt;Now upload the previous certificate back in Insightly&lt;/b&gt; (%2): Insightly still holds the new one, so sign-ins fail until you do. The new certificate stays on the application, not active: run the rotation again to retry with it.</source>
        <translation>&lt;b&gt;Zurückgesetzt.&lt;/b&gt; Entra signiert wieder mit dem vorherigen Zertifikat %1. &lt;b&gt;Laden Sie jetzt das vorherige Zertifikat wieder in Insightly hoch&lt;/b&gt; (%2): Insightly hält noch das neue, daher schlagen Anmeldungen fehl, bis Sie das tun. Das neue Zertifikat bleibt inaktiv in der Anwendung: Führen Sie die Erneuerung erneut aus, um es damit noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>insightly::ChangePlanPanel</name>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändern wird</translation>
    </message>
    <message>
        <source>What will change: not read yet</source>
        <translation>Was sich ändern wird: noch nicht gelesen</translation>
    </message>
    <message>
        <source>Changes this step will make</source>
        <translation>Änderungen dieses Schritts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>What will change: sign in to read it</source>
        <translation>Was sich ändern wird: zum Lesen anmelden</translation>
    </message>
    <message>
        <source>What will change: reading Microsoft Entra…</source>
        <translation>Was sich ändern wird: Microsoft Entra wird gelesen…</translation>
    </message>
    <message>
        <source>What will change: could not be read (%1)</source>
        <translation>Was sich ändern wird: konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>you, in Insightly</source>
        <translation>Sie, in Insightly</translation>
    </message>
    <message>
        <source>What will change: %1</source>
        <translation>Was sich ändern wird: %1</translation>
    </message>
</context>
<context>
    <name>insightly::EmbeddedBrowser</name>
    <message>
        <source>Address of the page shown</source>
        <translation>Adresse der angezeigten Seite</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Ladefortschritt der Seite</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Not secure — </source>
        <translation>Nicht sicher – </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>Die Seite %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened. %2
%3</source>
        <translation>Die Verbindung zu %1 ist nicht sicher, daher wurde die Seite nicht geöffnet. %2
%3</translation>
    </message>
</context>
<context>
    <name>insightly::FailurePanel</name>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyHandoffPanel</name>
    <message>
        <source>Upload the certificate to Insightly</source>
        <translation>Das Zertifikat in Insightly hochladen</translation>
    </message>
    <message>
        <source>Steps to upload the certificate in Insightly</source>
        <translation>Schritte zum Hochladen des Zertifikats in Insightly</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>SAML-Einstellungen von Insightly ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Certificate offered to Insightly</source>
        <translation>Insightly angebotenes Zertifikat</translation>
    </message>
    <message>
        <source>Upload the new certificate to Insightly</source>
        <translation>Neues Zertifikat in Insightly hochladen</translation>
    </message>
    <message>
        <source>&lt;li&gt;In the Insightly tab, sign in as an administrator and open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; — &lt;i&gt;Open Insightly&apos;s SAML settings&lt;/i&gt; does it for you.&lt;/li&gt;&lt;li&gt;Click the identity provider certificate&apos;s file field: the wizard offers &lt;b&gt;Insightly SAML.cer&lt;/b&gt; already chosen.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Melden Sie sich in der Insightly-Registerkarte als Administrator an und öffnen Sie &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; – &lt;i&gt;SAML-Einstellungen von Insightly öffnen&lt;/i&gt; erledigt das für Sie.&lt;/li&gt;&lt;li&gt;Klicken Sie auf das Dateifeld für das Zertifikat des Identitätsanbieters: Der Assistent bietet &lt;b&gt;Insightly SAML.cer&lt;/b&gt; bereits ausgewählt an.&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Then activate the new certificate here at once: sign-ins fail between the upload and the activation.</source>
        <translation>Aktivieren Sie dann das neue Zertifikat sofort hier: Zwischen dem Hochladen und der Aktivierung schlagen Anmeldungen fehl.</translation>
    </message>
    <message>
        <source>Do &lt;b&gt;not&lt;/b&gt; tick &lt;i&gt;Enforce SAML Login&lt;/i&gt; yet: test the sign-in first.</source>
        <translation>Aktivieren Sie &lt;i&gt;Enforce SAML Login&lt;/i&gt; noch &lt;b&gt;nicht&lt;/b&gt;: Testen Sie zuerst die Anmeldung.</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the Insightly tab</source>
        <translation>SAML-Einstellungen von Insightly in der Insightly-Registerkarte öffnen</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyRestClient</name>
    <message>
        <source>The API key belongs to %1, who is deactivated in Insightly.</source>
        <translation>Der API-Schlüssel gehört zu %1, der in Insightly deaktiviert ist.</translation>
    </message>
    <message>
        <source>A deactivated user&apos;s key cannot be used for the setup.</source>
        <translation>Der Schlüssel eines deaktivierten Benutzers kann für die Einrichtung nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an active administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Melden Sie sich bei Insightly als aktiver Administrator an und kopieren Sie den Schlüssel dieses Benutzers unter „User Settings › API“.</translation>
    </message>
    <message>
        <source>The API key belongs to %1, who is not an Insightly administrator.</source>
        <translation>Der API-Schlüssel gehört zu %1, der kein Insightly-Administrator ist.</translation>
    </message>
    <message>
        <source>Only administrators can set up SAML single sign-on and SCIM provisioning in Insightly.</source>
        <translation>Nur Administratoren können in Insightly einmaliges Anmelden per SAML und die SCIM-Bereitstellung einrichten.</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>Melden Sie sich bei Insightly als Administrator an und kopieren Sie den Schlüssel dieses Benutzers unter „User Settings › API“.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Insightly refused the API key: copy it again from User Settings › API.</source>
        <translation>Insightly hat den API-Schlüssel abgelehnt: Kopieren Sie ihn erneut unter „User Settings › API“.</translation>
    </message>
    <message>
        <source>The key was mistyped, belongs to another Insightly instance or pod, or was reset.</source>
        <translation>Der Schlüssel wurde falsch eingegeben, gehört zu einer anderen Insightly-Instanz oder einem anderen Pod oder wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>In Insightly open User Settings › API, copy the API key, and paste it again.</source>
        <translation>Öffnen Sie in Insightly „User Settings › API“, kopieren Sie den API-Schlüssel und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <source>Insightly denied API access for this key.</source>
        <translation>Insightly hat den API-Zugriff für diesen Schlüssel verweigert.</translation>
    </message>
    <message>
        <source>An administrator can switch API access off per user, and some plans have no API access.</source>
        <translation>Ein Administrator kann den API-Zugriff pro Benutzer abschalten, und manche Pläne haben keinen API-Zugriff.</translation>
    </message>
    <message>
        <source>Ask an Insightly administrator to allow API access for your user, or use an administrator&apos;s key.</source>
        <translation>Bitten Sie einen Insightly-Administrator, den API-Zugriff für Ihren Benutzer zu erlauben, oder verwenden Sie den Schlüssel eines Administrators.</translation>
    </message>
    <message>
        <source>Insightly limits how many API requests a plan may make.</source>
        <translation>Insightly begrenzt, wie viele API-Anfragen ein Plan stellen darf.</translation>
    </message>
    <message>
        <source>Limit: %1 requests; remaining: %2.</source>
        <translation>Limit: %1 Anfragen; verbleibend: %2.</translation>
    </message>
    <message>
        <source>Insightly is limiting API requests (HTTP 429).</source>
        <translation>Insightly begrenzt die API-Anfragen (HTTP 429).</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde und versuchen Sie es erneut.</numerusform>
            <numerusform>Warten Sie %n Sekunden und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a while (the daily limit resets at midnight UTC) and try again.</source>
        <translation>Warten Sie eine Weile (das Tageslimit wird um Mitternacht UTC zurückgesetzt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API had a problem (HTTP %1).</source>
        <translation>Bei der API von Insightly ist ein Problem aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side.</source>
        <translation>Ein Fehler auf Seiten von Insightly.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, contact Insightly support.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; wenn es weiterhin auftritt, wenden Sie sich an den Insightly-Support.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API did not answer within %1 s.</source>
        <translation>Die API von Insightly hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The service is slow or a proxy holds the connection.</source>
        <translation>Der Dienst ist langsam, oder ein Proxy hält die Verbindung fest.</translation>
    </message>
    <message>
        <source>Check your network and try again.</source>
        <translation>Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The wizard could not establish a trusted connection to %1.</source>
        <translation>Der Assistent konnte keine vertrauenswürdige Verbindung zu %1 herstellen.</translation>
    </message>
    <message>
        <source>Its certificate is not trusted by this computer, or a proxy inspects HTTPS traffic.</source>
        <translation>Dieser Computer vertraut dem Zertifikat nicht, oder ein Proxy untersucht HTTPS-Verkehr.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1.</source>
        <translation>Der Assistent konnte %1 nicht erreichen.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Die Verbindung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Check the pod of your Insightly instance, your network and proxy settings, then try again.</source>
        <translation>Prüfen Sie den Pod Ihrer Insightly-Instanz, Ihr Netzwerk und Ihre Proxyeinstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Insightly&apos;s API answered HTTP %1.</source>
        <translation>Die API von Insightly hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The API address may be wrong for this instance.</source>
        <translation>Die API-Adresse ist für diese Instanz möglicherweise falsch.</translation>
    </message>
    <message>
        <source>Check the pod shown in Insightly&apos;s User Settings › API.</source>
        <translation>Prüfen Sie den Pod, der in Insightly unter „User Settings › API“ angezeigt wird.</translation>
    </message>
    <message>
        <source>The address did not answer like Insightly&apos;s API.</source>
        <translation>Die Adresse hat nicht wie die API von Insightly geantwortet.</translation>
    </message>
    <message>
        <source>The answer to Users/Me has no user in it.</source>
        <translation>Die Antwort auf Users/Me enthält keinen Benutzer.</translation>
    </message>
    <message>
        <source>The list of users is not a JSON array.</source>
        <translation>Die Benutzerliste ist kein JSON-Array.</translation>
    </message>
    <message>
        <source>Insightly listed more than %1 users; the wizard stopped reading there.</source>
        <translation>Insightly hat mehr als %1 Benutzer aufgelistet; der Assistent hat dort aufgehört zu lesen.</translation>
    </message>
    <message>
        <source>A safety limit against lists that never end.</source>
        <translation>Eine Sicherheitsgrenze gegen Listen, die nie enden.</translation>
    </message>
    <message>
        <source>Check the users in Insightly directly.</source>
        <translation>Prüfen Sie die Benutzer direkt in Insightly.</translation>
    </message>
</context>
<context>
    <name>insightly::InstancePage</name>
    <message>
        <source>Your Insightly instance</source>
        <translation>Ihre Insightly-Instanz</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Kopieren Sie die „Sign-in page URL“ von Insightly in den Assistenten.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in to Insightly in the tab below (or in your usual browser).&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here, or use &lt;i&gt;Take the URL from this page&lt;/i&gt;. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Optionally give an Insightly API key (User Settings › API key): the wizard then confirms the instance and that you are an Insightly administrator.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Melden Sie sich in der Registerkarte unten (oder in Ihrem üblichen Browser) bei Insightly an.&lt;/li&gt;&lt;li&gt;Öffnen Sie &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Kopieren Sie die &lt;b&gt;Sign-in page URL&lt;/b&gt;. Sie sieht so aus: &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Fügen Sie sie hier ein, oder verwenden Sie &lt;i&gt;URL von dieser Seite übernehmen&lt;/i&gt;. Der Assistent verwendet sie sowohl als Bezeichner (Entitäts-ID) als auch als Antwort-URL.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Optional können Sie einen Insightly-API-Schlüssel angeben (User Settings › API key): Der Assistent bestätigt dann die Instanz und dass Sie Insightly-Administrator sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insightly Sign-in page URL</source>
        <translation>„Sign-in page URL“ von Insightly</translation>
    </message>
    <message>
        <source>&amp;Sign-in page URL:</source>
        <translation>„&amp;Sign-in page URL“:</translation>
    </message>
    <message>
        <source>Check of the Sign-in page URL</source>
        <translation>Prüfung der „Sign-in page URL“</translation>
    </message>
    <message>
        <source>Insightly pod</source>
        <translation>Insightly-Pod</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Insightly API key (optional)</source>
        <translation>Insightly-API-Schlüssel (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Check &amp;key</source>
        <translation>Schlüssel &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the Insightly API key</source>
        <translation>Den Insightly-API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>Insightly-&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Result of the API key check</source>
        <translation>Ergebnis der Prüfung des API-Schlüssels</translation>
    </message>
    <message>
        <source>Insightly pod to open</source>
        <translation>Zu öffnender Insightly-Pod</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>SAML-Einstellungen von Insightly ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the tab below</source>
        <translation>Die SAML-Einstellungen von Insightly in der Registerkarte unten öffnen</translation>
    </message>
    <message>
        <source>&amp;Take the URL from this page</source>
        <translation>URL von dieser Seite &amp;übernehmen</translation>
    </message>
    <message>
        <source>Take the Sign-in page URL from the Insightly page</source>
        <translation>Die „Sign-in page URL“ von der Insightly-Seite übernehmen</translation>
    </message>
    <message>
        <source>Paste Insightly&apos;s Sign-in page URL.</source>
        <translation>Fügen Sie die „Sign-in page URL“ von Insightly ein.</translation>
    </message>
    <message>
        <source>This is a Sign-in page URL (instance %1).</source>
        <translation>Dies ist eine „Sign-in page URL“ (Instanz %1).</translation>
    </message>
    <message>
        <source>The Sign-in page URL is not on the page shown. Sign in to Insightly, open System Settings › Security › SAML and SCIM, then try again — or copy the URL by hand.</source>
        <translation>Die „Sign-in page URL“ ist nicht auf der angezeigten Seite. Melden Sie sich bei Insightly an, öffnen Sie System Settings › Security › SAML and SCIM und versuchen Sie es erneut — oder kopieren Sie die URL manuell.</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter a valid Sign-in page URL first: it names the instance.</source>
        <translation>Geben Sie zuerst eine gültige „Sign-in page URL“ ein: Sie benennt die Instanz.</translation>
    </message>
    <message>
        <source>Checking the key with Insightly…</source>
        <translation>Der Schlüssel wird bei Insightly geprüft…</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator of this Insightly instance. It was saved in the system keychain.</source>
        <translation>Der Schlüssel gehört %1, einem Administrator dieser Insightly-Instanz. Er wurde im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator, but it could not be saved: %2</source>
        <translation>Der Schlüssel gehört %1, einem Administrator, konnte aber nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>insightly::ItemDetails</name>
    <message>
        <source>The selected row in full</source>
        <translation>Die ausgewählte Zeile vollständig</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckFlow</name>
    <message>
        <source>The lockout check cannot run yet.</source>
        <translation>Die Aussperrungsprüfung kann noch nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Sie sind nicht bei Microsoft Entra ID angemeldet.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Gehen Sie zurück zum Anmeldeschritt und melden Sie sich an.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>Die Unternehmensanwendung Insightly SAML ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Gehen Sie zurück zu Schritt 1 und fügen Sie die Anwendung hinzu oder wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Your Insightly instance is not known yet.</source>
        <translation>Ihre Insightly-Instanz ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Go back to the Insightly instance page and confirm your Sign-in page URL.</source>
        <translation>Gehen Sie zurück zur Seite der Insightly-Instanz und bestätigen Sie Ihre „Sign-in page URL“.</translation>
    </message>
    <message>
        <source>The Insightly API key is needed for this check.</source>
        <translation>Für diese Prüfung wird der Insightly-API-Schlüssel benötigt.</translation>
    </message>
    <message>
        <source>It reads Insightly&apos;s user list to compare it with the assignments in Entra.</source>
        <translation>Sie liest die Benutzerliste von Insightly, um sie mit den Zuweisungen in Entra zu vergleichen.</translation>
    </message>
    <message>
        <source>In Insightly, open User Settings › API key, copy it, and paste it here.</source>
        <translation>Öffnen Sie in Insightly „User Settings“ › „API key“, kopieren Sie den Schlüssel und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Comparing Insightly&apos;s users with the assignments in Entra…</source>
        <translation>Die Benutzer von Insightly werden mit den Zuweisungen in Entra verglichen…</translation>
    </message>
    <message numerus="yes">
        <source>Every active Insightly user (%n) can sign in through Entra.</source>
        <translation>
            <numerusform>Der aktive Insightly-Benutzer (%n) kann sich über Entra anmelden.</numerusform>
            <numerusform>Alle aktiven Insightly-Benutzer (%n) können sich über Entra anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 active Insightly user(s) could not sign in once SAML login is enforced.</source>
        <translation>
            <numerusform>%n von %1 aktiven Insightly-Benutzern könnte sich nicht mehr anmelden, sobald die SAML-Anmeldung erzwungen wird.</numerusform>
            <numerusform>%n von %1 aktiven Insightly-Benutzern könnten sich nicht mehr anmelden, sobald die SAML-Anmeldung erzwungen wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them can be fixed by assigning their Entra user.</source>
        <translation>
            <numerusform>%n davon lässt sich durch Zuweisen des Entra-Benutzers beheben.</numerusform>
            <numerusform>%n davon lassen sich durch Zuweisen ihres Entra-Benutzers beheben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly has more users than the check reads; the list may be incomplete.</source>
        <translation>Insightly hat mehr Benutzer, als die Prüfung liest; die Liste ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <source> — Entra user %1 is not assigned</source>
        <translation> — Entra-Benutzer %1 ist nicht zugewiesen</translation>
    </message>
    <message>
        <source> — no Entra user with this e-mail</source>
        <translation> — kein Entra-Benutzer mit dieser E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckPanel</name>
    <message>
        <source>What the lockout check does</source>
        <translation>Was die Aussperrungsprüfung macht</translation>
    </message>
    <message>
        <source>Once Enforce SAML Login is ticked in Insightly, only users assigned in Entra can sign in. The check compares Insightly&apos;s active users with the assignments. It reads Insightly&apos;s user list with your API key (Insightly: User Settings › API key), kept in the system keychain.</source>
        <translation>Sobald „Enforce SAML Login“ in Insightly aktiviert ist, können sich nur Benutzer anmelden, die in Entra zugewiesen sind. Die Prüfung vergleicht die aktiven Benutzer von Insightly mit den Zuweisungen. Sie liest die Benutzerliste von Insightly mit Ihrem API-Schlüssel (Insightly: „User Settings“ › „API key“), der im Systemschlüsselbund gespeichert ist.</translation>
    </message>
    <message>
        <source>Insightly API key</source>
        <translation>Insightly-API-Schlüssel</translation>
    </message>
    <message>
        <source>Empty: the key kept in the keychain</source>
        <translation>Leer: der im Schlüsselbund gespeicherte Schlüssel</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>Insightly-A&amp;PI-Schlüssel:</translation>
    </message>
    <message>
        <source>Check for &amp;lockouts</source>
        <translation>&amp;Mögliche Aussperrungen prüfen</translation>
    </message>
    <message>
        <source>Result of the lockout check</source>
        <translation>Ergebnis der Aussperrungsprüfung</translation>
    </message>
    <message>
        <source>Insightly users who could not sign in</source>
        <translation>Insightly-Benutzer, die sich nicht anmelden könnten</translation>
    </message>
    <message>
        <source>Assign the &amp;matching Entra users</source>
        <translation>Entra-Benutzer mit passender E-Mai&amp;l-Adresse zuweisen</translation>
    </message>
    <message>
        <source>Assigning the matching Entra users…</source>
        <translation>Die passenden Entra-Benutzer werden zugewiesen…</translation>
    </message>
</context>
<context>
    <name>insightly::OperationView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbrec&amp;hen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
</context>
<context>
    <name>insightly::PreflightView</name>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Roles and permissions checked before any change</source>
        <translation>Rollen und Berechtigungen, die vor jeder Änderung geprüft werden</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Vorgehensweise</translation>
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
        <translation>✓ Alles, was der Assistent benötigt, ist vorhanden. Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>✗ Something the wizard needs is missing. Nothing has been changed. Fix the rows marked ✗, then sign in again.</source>
        <translation>✗ Etwas, das der Assistent benötigt, fehlt. Es wurde nichts geändert. Beheben Sie die mit ✗ markierten Zeilen und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Result of the checks</source>
        <translation>Ergebnis der Prüfungen</translation>
    </message>
</context>
<context>
    <name>insightly::ReminderSchedule</name>
    <message>
        <source>The weekly check needs the program&apos;s path and the tenant.</source>
        <translation>Die wöchentliche Prüfung benötigt den Pfad des Programms und den Mandanten.</translation>
    </message>
    <message>
        <source>The schedule could not be written to %1.</source>
        <translation>Der Zeitplan konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The weekly check is saved in %1, but no user systemd runs here to start it. It starts with your next desktop session, or now with: systemctl --user enable --now %2.timer</source>
        <translation>Die wöchentliche Prüfung ist in %1 gespeichert, aber hier läuft kein systemd für den Benutzer, das sie starten könnte. Sie startet mit Ihrer nächsten Desktopsitzung oder sofort mit: systemctl --user enable --now %2.timer</translation>
    </message>
    <message>
        <source>The weekly check is saved, but systemd did not start its timer: %1</source>
        <translation>Die wöchentliche Prüfung ist gespeichert, aber systemd hat ihren Timer nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The weekly check is saved, but launchd did not load it: %1</source>
        <translation>Die wöchentliche Prüfung ist gespeichert, aber launchd hat sie nicht geladen: %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the weekly check: %1</source>
        <translation>Die Aufgabenplanung hat die wöchentliche Prüfung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The setup is now checked every Monday; you get a notification when it needs attention.</source>
        <translation>Die Einrichtung wird jetzt jeden Montag geprüft; Sie erhalten eine Benachrichtigung, wenn sie Aufmerksamkeit erfordert.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The weekly check is removed.</source>
        <translation>Die wöchentliche Prüfung ist entfernt.</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupDialog</name>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Not touched:</source>
        <translation>Nicht angetastet:</translation>
    </message>
    <message>
        <source>In Insightly (the wizard cannot do this for you):</source>
        <translation>In Insightly (das kann der Assistent nicht für Sie erledigen):</translation>
    </message>
    <message>
        <source>Remove what this wizard created</source>
        <translation>Entfernen, was dieser Assistent erstellt hat</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Was entfernt wird</translation>
    </message>
    <message>
        <source>I have &amp;unticked Enforce SAML Login in Insightly, or I accept that SAML sign-in stops working</source>
        <translation>Ich habe „Enforce SAML Login“ in Insightly &amp;deaktiviert oder akzeptiere, dass die SAML-Anmeldung nicht mehr funktioniert</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>Status der Entfernung</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep everything</source>
        <translation>&amp;Alles behalten</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Already removed: %1</source>
        <translation>Bereits entfernt: %1</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupFlow</name>
    <message>
        <source>Nothing was removed: the wizard is not signed in to Microsoft Entra.</source>
        <translation>Es wurde nichts entfernt: Der Assistent ist nicht bei Microsoft Entra angemeldet.</translation>
    </message>
    <message>
        <source>Sign in again, then remove the setup.</source>
        <translation>Melden Sie sich erneut an und entfernen Sie dann die Einrichtung.</translation>
    </message>
    <message>
        <source>Deleting the Insightly SAML application in Microsoft Entra…</source>
        <translation>Die Anwendung Insightly SAML wird in Microsoft Entra gelöscht…</translation>
    </message>
    <message>
        <source>Removing the setup&apos;s secrets from the system keychain…</source>
        <translation>Die Geheimnisse der Einrichtung werden aus dem Systemschlüsselbund entfernt…</translation>
    </message>
    <message>
        <source>A secret could not be removed from the system keychain.</source>
        <translation>Ein Geheimnis konnte nicht aus dem Systemschlüsselbund entfernt werden.</translation>
    </message>
    <message>
        <source>Unlock the keychain and remove the setup again: what was already removed stays removed.</source>
        <translation>Entsperren Sie den Schlüsselbund und entfernen Sie die Einrichtung erneut: Was bereits entfernt wurde, bleibt entfernt.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
</context>
<context>
    <name>insightly::RotateCertificatePage</name>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>SAML-Signaturzertifikat erneuern</translation>
    </message>
    <message>
        <source>A new certificate for Insightly with the shortest possible cut-over, and a way back.</source>
        <translation>Ein neues Zertifikat für Insightly mit möglichst kurzer Umstellung und einem Weg zurück.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create the new certificate: Entra keeps signing with the current one.&lt;/li&gt;&lt;li&gt;Upload the new &lt;b&gt;Certificate (Base64)&lt;/b&gt; in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;At once, &lt;b&gt;activate&lt;/b&gt; it here: Insightly holds one certificate, so sign-ins fail between the upload and the activation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test&lt;/b&gt; one sign-in.&lt;/li&gt;&lt;li&gt;It works: &lt;b&gt;remove the old certificate&lt;/b&gt;. It does not: &lt;b&gt;roll back&lt;/b&gt; and upload the previous certificate in Insightly again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Erstellen Sie das neue Zertifikat: Entra signiert weiterhin mit dem aktuellen.&lt;/li&gt;&lt;li&gt;Laden Sie das neue &lt;b&gt;Zertifikat (Base64)&lt;/b&gt; in den SAML-Einstellungen von Insightly hoch.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aktivieren&lt;/b&gt; Sie es sofort hier: Insightly hält nur ein Zertifikat, daher schlagen Anmeldungen zwischen dem Hochladen und der Aktivierung fehl.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Testen&lt;/b&gt; Sie eine Anmeldung.&lt;/li&gt;&lt;li&gt;Sie funktioniert: &lt;b&gt;Entfernen Sie das alte Zertifikat&lt;/b&gt;. Sie funktioniert nicht: &lt;b&gt;Setzen Sie zurück&lt;/b&gt; und laden Sie das vorherige Zertifikat erneut in Insightly hoch.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The current signing certificate</source>
        <translation>Das aktuelle Signaturzertifikat</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Die bestehende Einrichtung wird gesucht…</translation>
    </message>
    <message>
        <source>Validity of the new signing certificate, in years</source>
        <translation>Gültigkeit des neuen Signaturzertifikats in Jahren</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Neues Zertifikat &amp;gültig für:</translation>
    </message>
    <message>
        <source>Folder for the new and the previous certificate files</source>
        <translation>Ordner für die Dateien des neuen und des vorherigen Zertifikats</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Certificate rotation</source>
        <translation>Zertifikatserneuerung</translation>
    </message>
    <message>
        <source>Choose the folder for the certificate files</source>
        <translation>Ordner für die Zertifikatsdateien auswählen</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>Dateien speichern &amp;in:</translation>
    </message>
    <message>
        <source>C&amp;reate the new certificate</source>
        <translation>Neues Zertifikat &amp;erstellen</translation>
    </message>
    <message>
        <source>Create the new signing certificate, not active yet, and export it</source>
        <translation>Das neue Signaturzertifikat erstellen (noch nicht aktiv) und exportieren</translation>
    </message>
    <message>
        <source>Cancel the running certificate operation</source>
        <translation>Den laufenden Zertifikatsvorgang abbrechen</translation>
    </message>
    <message>
        <source>Exported certificate files</source>
        <translation>Exportierte Zertifikatsdateien</translation>
    </message>
    <message>
        <source>How the cut-over works</source>
        <translation>So funktioniert die Umstellung</translation>
    </message>
    <message>
        <source>&amp;Activate the new certificate</source>
        <translation>Neues Zertifikat a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Activate the new certificate in Entra (after the upload in Insightly)</source>
        <translation>Das neue Zertifikat in Entra aktivieren (nach dem Hochladen in Insightly)</translation>
    </message>
    <message>
        <source>Re&amp;move the old certificate</source>
        <translation>Altes Zertifikat entfer&amp;nen</translation>
    </message>
    <message>
        <source>Remove the old signing certificate from the application</source>
        <translation>Das alte Signaturzertifikat aus der Anwendung entfernen</translation>
    </message>
    <message>
        <source>Roll back: make the previous certificate active again</source>
        <translation>Zurücksetzen: das vorherige Zertifikat wieder aktiv machen</translation>
    </message>
    <message>
        <source>Result of the rotation</source>
        <translation>Ergebnis der Erneuerung</translation>
    </message>
    <message>
        <source>&amp;Look for the setup again</source>
        <translation>Einrichtung erneut s&amp;uchen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <source>new, not active yet</source>
        <translation>neu, noch nicht aktiv</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorheriges</translation>
    </message>
    <message>
        <source>%1 — %2, expires %3 (%4)</source>
        <translation>%1 — %2, läuft am %3 ab (%4)</translation>
    </message>
    <message>
        <source>The application has no signing certificate.</source>
        <translation>Die Anwendung hat kein Signaturzertifikat.</translation>
    </message>
    <message>
        <source>Signing certificates of the Insightly SAML application:</source>
        <translation>Signaturzertifikate der Anwendung Insightly SAML:</translation>
    </message>
    <message>
        <source>Folder for the certificate files</source>
        <translation>Ordner für die Zertifikatsdateien</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Wählen Sie einen Ordner, in den der Assistent schreiben kann.</translation>
    </message>
    <message>
        <source>New certificate: %1
Previous certificate, for a rollback: %2</source>
        <translation>Neues Zertifikat: %1
Vorheriges Zertifikat, für ein Zurücksetzen: %2</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>the rotation</source>
        <translation>Zertifikatserneuerung</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cut-over.&lt;/b&gt; Insightly holds one certificate: from the moment you upload the new one until you click &lt;i&gt;Activate the new certificate&lt;/i&gt;, sign-ins to Insightly fail. Upload it in the Insightly tab, then activate it here right away.</source>
        <translation>&lt;b&gt;Die Umstellung.&lt;/b&gt; Insightly hat genau ein Zertifikat: Vom Hochladen des neuen bis zum Klick auf &lt;i&gt;Neues Zertifikat aktivieren&lt;/i&gt; schlagen Anmeldungen bei Insightly fehl. Laden Sie es in der Insightly-Registerkarte hoch und aktivieren Sie es dann sofort hier.</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Anmeldetest</translation>
    </message>
    <message>
        <source>Roll bac&amp;k</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Ex&amp;port the certificates again</source>
        <translation>Zertifikate erneut e&amp;xportieren</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
</context>
<context>
    <name>insightly::RotateScimTokenPage</name>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>SCIM-Token erneuern</translation>
    </message>
    <message>
        <source>A new Secret Token from Insightly, tested and saved in Entra.</source>
        <translation>Ein neues geheimes Token von Insightly, getestet und in Entra gespeichert.</translation>
    </message>
    <message>
        <source>Where to regenerate the token</source>
        <translation>Wo das Token neu generiert wird</translation>
    </message>
    <message>
        <source>New Secret Token (Insightly&apos;s regenerated SCIM token)</source>
        <translation>Neues geheimes Token (das neu generierte SCIM-Token von Insightly)</translation>
    </message>
    <message>
        <source>the new token Insightly shows after Regenerate</source>
        <translation>das neue Token, das Insightly nach „Regenerate“ anzeigt</translation>
    </message>
    <message>
        <source>New Secret &amp;Token:</source>
        <translation>Neues geheimes &amp;Token:</translation>
    </message>
    <message>
        <source>Test and &amp;save the new token</source>
        <translation>Neues Token testen und s&amp;peichern</translation>
    </message>
    <message>
        <source>Test the new token and save it in Microsoft Entra</source>
        <translation>Das neue Token testen und in Microsoft Entra speichern</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running test or save</source>
        <translation>Den laufenden Test oder das Speichern abbrechen</translation>
    </message>
    <message>
        <source>Progress of the token rotation</source>
        <translation>Fortschritt der Token-Erneuerung</translation>
    </message>
    <message>
        <source>Result of the token rotation</source>
        <translation>Ergebnis der Token-Erneuerung</translation>
    </message>
    <message>
        <source>System Settings › Security › SAML and SCIM</source>
        <translation>System Settings › Security › SAML and SCIM</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Regenerate&lt;/b&gt; next to the SCIM token. &lt;b&gt;The old token stops working at once&lt;/b&gt;: provisioning fails until the new one is saved here.&lt;/li&gt;&lt;li&gt;Copy the new token and paste it in the &lt;b&gt;New token&lt;/b&gt; tab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test and save&lt;/b&gt;: the wizard and Microsoft Entra test it; Entra keeps it only when its test passed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie in der Registerkarte &lt;b&gt;Insightly&lt;/b&gt; &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Klicken Sie neben dem SCIM-Token auf &lt;b&gt;Regenerate&lt;/b&gt;. &lt;b&gt;Das alte Token funktioniert sofort nicht mehr&lt;/b&gt;: Die Bereitstellung schlägt fehl, bis das neue hier gespeichert ist.&lt;/li&gt;&lt;li&gt;Kopieren Sie das neue Token und fügen Sie es in der Registerkarte &lt;b&gt;Neues Token&lt;/b&gt; ein.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Testen und speichern&lt;/b&gt;: Der Assistent und Microsoft Entra testen es; Entra behält es nur, wenn sein Test erfolgreich war.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>New token and Insightly</source>
        <translation>Neues Token und Insightly</translation>
    </message>
    <message>
        <source>Ne&amp;w token</source>
        <translation>Neues T&amp;oken</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>&amp;Insightly</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regenerate cancels the old token at once.&lt;/b&gt; In the Insightly tab (%1), click &lt;b&gt;Regenerate&lt;/b&gt; under SCIM provisioning, copy the new token and paste it here. Until it is saved, Entra&apos;s provisioning to Insightly fails.</source>
        <translation>&lt;b&gt;„Regenerate“ macht das alte Token sofort ungültig.&lt;/b&gt; Klicken Sie in der Insightly-Registerkarte (%1) unter der SCIM-Bereitstellung auf &lt;b&gt;Regenerate&lt;/b&gt;, kopieren Sie das neue Token und fügen Sie es hier ein. Bis es gespeichert ist, schlägt die Bereitstellung von Entra für Insightly fehl.</translation>
    </message>
</context>
<context>
    <name>insightly::SamlPage</name>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>Schritt 2 – Einmaliges Anmelden per SAML konfigurieren</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>Bezeichner, Antwort-URL und das Signaturzertifikat; danach kommt das Zertifikat zu Insightly.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly and save.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Methode für einmaliges Anmelden: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bezeichner (Entitäts-ID)&lt;/b&gt; und &lt;b&gt;Antwort-URL&lt;/b&gt;: die „Sign-in page URL“ von Insightly.&lt;/li&gt;&lt;li&gt;Laden Sie das &lt;b&gt;Zertifikat (Base64)&lt;/b&gt; (empfohlen) oder die &lt;b&gt;Verbundmetadaten-XML&lt;/b&gt; herunter.&lt;/li&gt;&lt;li&gt;Laden Sie es in den SAML-Einstellungen von Insightly hoch.&lt;/li&gt;&lt;li&gt;Testen Sie die Anmeldung. Aktivieren Sie erst dann &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly und speichern Sie.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Validity of a new signing certificate, in years</source>
        <translation>Gültigkeit eines neuen Signaturzertifikats in Jahren</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Neues Zertifikat &amp;gültig für:</translation>
    </message>
    <message>
        <source>E-mail addresses notified before the certificate expires</source>
        <translation>E-Mail-Adressen, die vor dem Ablauf des Zertifikats benachrichtigt werden</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas (at most 5)</source>
        <translation>eine oder mehrere Adressen, durch Kommas getrennt (höchstens 5)</translation>
    </message>
    <message>
        <source>Expiry &amp;notifications to:</source>
        <translation>Ablaufbe&amp;nachrichtigungen an:</translation>
    </message>
    <message>
        <source>Con&amp;figure SAML</source>
        <translation>SAML &amp;konfigurieren</translation>
    </message>
    <message>
        <source>Configure SAML single sign-on and the signing certificate</source>
        <translation>Einmaliges Anmelden per SAML und das Signaturzertifikat konfigurieren</translation>
    </message>
    <message>
        <source>Cancel step 2</source>
        <translation>Schritt 2 abbrechen</translation>
    </message>
    <message>
        <source>Folder for the certificate and metadata files</source>
        <translation>Ordner für die Zertifikat- und Metadatendateien</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Den Ordner für die Dateien auswählen</translation>
    </message>
    <message>
        <source>&amp;Export files</source>
        <translation>Dateien &amp;exportieren</translation>
    </message>
    <message>
        <source>Export Certificate (Base64) and Federation Metadata XML</source>
        <translation>Zertifikat (Base64) und Verbundmetadaten-XML exportieren</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Exportierte Dateien</translation>
    </message>
    <message>
        <source>Folder for the Insightly SAML files</source>
        <translation>Ordner für die Insightly SAML-Dateien</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Wählen Sie einen Ordner, in den der Assistent schreiben kann.</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>%1 und %2 wurden gespeichert.</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>step 2</source>
        <translation>Schritt 2</translation>
    </message>
    <message>
        <source>Entra&apos;s values and certificate setting&amp;s</source>
        <translation>Entra-Werte und Zertifikat&amp;optionen</translation>
    </message>
    <message>
        <source>Show Entra&apos;s SAML values and the certificate options</source>
        <translation>SAML-Werte von Entra und die Zertifikatoptionen anzeigen</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>Dateien speichern &amp;in:</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Anmeldetest</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlSetupFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Abgebrochen. Starten Sie erneut, um dort fortzufahren, wo es angehalten hat.</translation>
    </message>
    <message>
        <source>Step 2 did not finish.</source>
        <translation>Schritt 2 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Einmaliges Anmelden per SAML wird aktiviert…</translation>
    </message>
    <message>
        <source>SAML is on; the active signing certificate is valid long enough and was kept.</source>
        <translation>SAML ist aktiviert; das aktive Signaturzertifikat ist lange genug gültig und wurde beibehalten.</translation>
    </message>
    <message>
        <source>SAML is on, with a new signing certificate made active.</source>
        <translation>SAML ist aktiviert, und ein neues Signaturzertifikat wurde aktiviert.</translation>
    </message>
    <message>
        <source>SAML is configured. Upload the certificate in the Insightly tab, then test the sign-in.</source>
        <translation>SAML ist konfiguriert. Laden Sie das Zertifikat in der Insightly-Registerkarte hoch und testen Sie dann die Anmeldung.</translation>
    </message>
    <message>
        <source>The sign-in works. Tick Enforce SAML Login in Insightly, save, then confirm here.</source>
        <translation>Die Anmeldung funktioniert. Aktivieren Sie „Enforce SAML Login“ in Insightly, speichern Sie und bestätigen Sie dann hier.</translation>
    </message>
    <message>
        <source>Step 2 is complete: the sign-in works and SAML login is enforced in Insightly.</source>
        <translation>Schritt 2 ist abgeschlossen: Die Anmeldung funktioniert, und die SAML-Anmeldung wird in Insightly erzwungen.</translation>
    </message>
    <message>
        <source>Exporting Certificate (Base64) and Federation Metadata XML…</source>
        <translation>Zertifikat (Base64) und Verbundmetadaten-XML werden exportiert…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlValuesPanel</name>
    <message>
        <source>Set up Insightly SAML — the values Entra shows</source>
        <translation>Insightly SAML einrichten — die Werte, die Entra anzeigt</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>Anmelde-URL:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>Anmelde-URL</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier:</source>
        <translation>Microsoft Entra-Bezeichner:</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier</source>
        <translation>Microsoft Entra-Bezeichner</translation>
    </message>
    <message>
        <source>Logout URL:</source>
        <translation>Abmelde-URL:</translation>
    </message>
    <message>
        <source>Logout URL</source>
        <translation>Abmelde-URL</translation>
    </message>
    <message>
        <source>Certificate thumbprint:</source>
        <translation>Zertifikatfingerabdruck:</translation>
    </message>
    <message>
        <source>Thumbprint of the active signing certificate</source>
        <translation>Fingerabdruck des aktiven Signaturzertifikats</translation>
    </message>
    <message>
        <source>Certificate expires:</source>
        <translation>Zertifikat läuft ab:</translation>
    </message>
    <message>
        <source>Expiry of the active signing certificate</source>
        <translation>Ablauf des aktiven Signaturzertifikats</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
</context>
<context>
    <name>insightly::SavedSession</name>
    <message>
        <source>No setup was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Einrichtung gefunden.</translation>
    </message>
    <message>
        <source>No setup of tenant %1 was found on this computer (known tenant ids: %2).</source>
        <translation>Auf diesem Computer wurde keine Einrichtung des Mandanten %1 gefunden (bekannte Mandanten-IDs: %2).</translation>
    </message>
    <message>
        <source>No setup for the Insightly instance %1 was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Einrichtung für die Insightly-Instanz %1 gefunden.</translation>
    </message>
    <message>
        <source>Run the wizard on this computer and sign in to the tenant once (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Führen Sie den Assistenten auf diesem Computer aus und melden Sie sich einmal beim Mandanten an (oder geben Sie mit --tenant die Mandanten-ID einer hier erstellten Einrichtung an).</translation>
    </message>
    <message>
        <source>Not signed in: the saved session could not be used (%1)</source>
        <translation>Nicht angemeldet: Die gespeicherte Sitzung konnte nicht verwendet werden (%1)</translation>
    </message>
    <message>
        <source>none is saved</source>
        <translation>es ist keine gespeichert</translation>
    </message>
    <message>
        <source>Run the wizard and sign in: the saved session is then used.</source>
        <translation>Führen Sie den Assistenten aus und melden Sie sich an: Danach wird die gespeicherte Sitzung verwendet.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimCredentialsForm</name>
    <message>
        <source>Tenant URL (Insightly&apos;s SCIM endpoint)</source>
        <translation>Mandanten-URL (SCIM-Endpunkt von Insightly)</translation>
    </message>
    <message>
        <source>https://api.na1.insightly.com/scim/v2</source>
        <translation>https://api.na1.insightly.com/scim/v2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Paste the Tenant URL</source>
        <translation>Die Mandanten-URL einfügen</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>Mandanten-&amp;URL:</translation>
    </message>
    <message>
        <source>Paste the Secret Token</source>
        <translation>Das geheime Token einfügen</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <source>About the Tenant URL</source>
        <translation>Über die Mandanten-URL</translation>
    </message>
    <message>
        <source>The Secret Token as read, masked</source>
        <translation>Das gelesene geheime Token, maskiert</translation>
    </message>
    <message>
        <source>About the Secret Token</source>
        <translation>Über das geheime Token</translation>
    </message>
</context>
<context>
    <name>insightly::ScimFlow</name>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Sie sind nicht bei Microsoft Entra ID angemeldet.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Gehen Sie zurück zum Anmeldeschritt und melden Sie sich an.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>Die Unternehmensanwendung Insightly SAML ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Gehen Sie zurück zu Schritt 1 und fügen Sie die Anwendung hinzu oder wählen Sie sie aus.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimPage</name>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>Schritt 3 – SCIM-Bereitstellung verbinden</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>SCIM-Endpunkt und Token von Insightly, getestet und in Entra gespeichert.</translation>
    </message>
    <message>
        <source>Secret Token (Insightly&apos;s SCIM token)</source>
        <translation>Geheimes Token (SCIM-Token von Insightly)</translation>
    </message>
    <message>
        <source>the token Insightly shows</source>
        <translation>das Token, das Insightly anzeigt</translation>
    </message>
    <message>
        <source>Secret &amp;Token:</source>
        <translation>Geheimes &amp;Token:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>Speichern und st&amp;arten</translation>
    </message>
    <message>
        <source>Save and start provisioning</source>
        <translation>Speichern und Bereitstellung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(Anforderungs-ID %1)</translation>
    </message>
    <message>
        <source>Testing Insightly&apos;s SCIM endpoint from this computer and from Microsoft Entra…</source>
        <translation>Der SCIM-Endpunkt von Insightly wird von diesem Computer und von Microsoft Entra aus getestet…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…</source>
        <translation>Mandanten-URL und geheimes Token werden in Microsoft Entra gespeichert, und die Bereitstellung wird gestartet…</translation>
    </message>
    <message>
        <source>Saved. Provisioning is started.</source>
        <translation>Gespeichert. Die Bereitstellung ist gestartet.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; into &lt;i&gt;Tenant URL&lt;/i&gt; and the &lt;b&gt;token&lt;/b&gt; into &lt;i&gt;Secret Token&lt;/i&gt; in the &lt;b&gt;SCIM connection&lt;/b&gt; tab (use the paste buttons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test connection&lt;/b&gt;: the wizard checks the endpoint from this computer and asks Microsoft Entra to test it too.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save and start&lt;/b&gt;: Entra keeps the values and provisions the users and groups assigned to the app.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Regenerating the token in Insightly cancels the old one: paste the new one here and save again.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Aktivieren Sie in der Registerkarte &lt;b&gt;Insightly&lt;/b&gt; &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; und klicken Sie auf &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Kopieren Sie in der Registerkarte &lt;b&gt;SCIM-Verbindung&lt;/b&gt; den &lt;b&gt;SCIM-Endpunkt&lt;/b&gt; in &lt;i&gt;Mandanten-URL&lt;/i&gt; und das &lt;b&gt;Token&lt;/b&gt; in &lt;i&gt;Geheimes Token&lt;/i&gt; (verwenden Sie die Einfügeschaltflächen).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Verbindung testen&lt;/b&gt;: Der Assistent prüft den Endpunkt von diesem Computer aus und lässt ihn auch von Microsoft Entra testen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Speichern und starten&lt;/b&gt;: Entra übernimmt die Werte und stellt die der App zugewiesenen Benutzer und Gruppen bereit.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Wenn Sie das Token in Insightly neu generieren, wird das alte ungültig: Fügen Sie das neue hier ein und speichern Sie erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SCIM connection and Insightly</source>
        <translation>SCIM-Verbindung und Insightly</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>V&amp;erbindung testen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>SCIM c&amp;onnection</source>
        <translation>SCIM-&amp;Verbindung</translation>
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
        <translation>Übersprungen: Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Skipped: no connection to the server.</source>
        <translation>Übersprungen: keine Verbindung zum Server.</translation>
    </message>
    <message>
        <source>Skipped: no trusted encrypted connection, so the token is not sent.</source>
        <translation>Übersprungen: keine vertrauenswürdige verschlüsselte Verbindung, daher wird das Token nicht gesendet.</translation>
    </message>
    <message>
        <source>Skipped: no answer to the previous request.</source>
        <translation>Übersprungen: keine Antwort auf die vorherige Anfrage.</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <source>SCIM service configuration</source>
        <translation>Konfiguration des SCIM-Dienstes</translation>
    </message>
    <message>
        <source>User lookup as Entra&apos;s Test Connection does it</source>
        <translation>Benutzersuche wie bei „Verbindung testen“ in Entra</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Skipped: the wizard has no network access.</source>
        <translation>Übersprungen: Der Assistent hat keinen Netzwerkzugriff.</translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation>%1 ist eine IP-Adresse; keine Namensauflösung nötig.</translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation>Kein Ergebnis innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>Verbunden mit %1, Port %2.</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: keine Antwort</translation>
    </message>
    <message>
        <source>The address starts with http://.</source>
        <translation>Die Adresse beginnt mit http://.</translation>
    </message>
    <message>
        <source>No TLS handshake within %1 ms.</source>
        <translation>Kein TLS-Handshake innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>; filter %1, bulk %2</source>
        <translation>; Filter %1, Bulk %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>unterstützt</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>nicht angekündigt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>; %n user(s) found</source>
        <translation>
            <numerusform>; %n Benutzer gefunden</numerusform>
            <numerusform>; %n Benutzer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>; empty ListResponse, as Entra expects</source>
        <translation>; leere ListResponse, wie Entra es erwartet</translation>
    </message>
    <message>
        <source> (Entra prefers the content type application/scim+json)</source>
        <translation> (Entra bevorzugt den Inhaltstyp application/scim+json)</translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and paste it exactly as shown, without adding /Users.</source>
        <translation>Kopieren Sie den SCIM-Endpunkt erneut aus Insightly („System Settings“, „Security“, „SAML and SCIM“) und fügen Sie ihn genau wie angezeigt ein, ohne /Users anzuhängen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>Der Name %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The address has a typo or the wrong pod (na1, eu1, au1), or this computer&apos;s network or proxy blocks name lookups.</source>
        <translation>Die Adresse enthält einen Tippfehler oder den falschen Pod (na1, eu1, au1), oder das Netzwerk oder der Proxy dieses Computers blockiert Namensauflösungen.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing answers at that address and port: a wrong port in the Tenant URL, a server that is down, or a firewall.</source>
        <translation>Unter dieser Adresse und diesem Port antwortet nichts: ein falscher Port in der Mandanten-URL, ein ausgefallener Server oder eine Firewall.</translation>
    </message>
    <message>
        <source>Check the address; if it is the one Insightly shows, check your network and try again later. Microsoft connects from its own network, so Insightly must also be reachable from the internet.</source>
        <translation>Prüfen Sie die Adresse; wenn sie der von Insightly angezeigten entspricht, prüfen Sie Ihr Netzwerk und versuchen Sie es später erneut. Microsoft verbindet sich aus dem eigenen Netzwerk, daher muss Insightly auch aus dem Internet erreichbar sein.</translation>
    </message>
    <message>
        <source>Insightly did not answer within %1 s.</source>
        <translation>Insightly hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>%1 accepted the connection or the request but sent no answer in time: a slow or busy service, or a proxy or firewall holding the connection.</source>
        <translation>%1 hat die Verbindung oder die Anfrage angenommen, aber nicht rechtzeitig geantwortet: ein langsamer oder ausgelasteter Dienst oder ein Proxy bzw. eine Firewall, die die Verbindung festhält.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check your network and proxy settings.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; wenn es weiterhin auftritt, prüfen Sie Ihre Netzwerk- und Proxyeinstellungen.</translation>
    </message>
    <message>
        <source>The wizard could not reach %1 from this computer.</source>
        <translation>Der Assistent konnte %1 von diesem Computer aus nicht erreichen.</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>Die Verbindung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Check the address, your network and your proxy settings, then try again.</source>
        <translation>Prüfen Sie die Adresse, Ihr Netzwerk und Ihre Proxyeinstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The Tenant URL is not encrypted (http).</source>
        <translation>Die Mandanten-URL ist nicht verschlüsselt (http).</translation>
    </message>
    <message>
        <source>The Secret Token would travel in clear text; the wizard does not send it there and Microsoft refuses it too.</source>
        <translation>Das geheime Token würde im Klartext übertragen; der Assistent sendet es nicht dorthin, und Microsoft lehnt es ebenfalls ab.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Verwenden Sie %1, genau wie Insightly es anzeigt.</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked or is invalid.</source>
        <translation>Das Zertifikat von %1 wurde widerrufen oder ist ungültig.</translation>
    </message>
    <message>
        <source>The certificate was withdrawn or altered; the connection cannot be trusted.</source>
        <translation>Das Zertifikat wurde zurückgezogen oder verändert; der Verbindung kann nicht vertraut werden.</translation>
    </message>
    <message>
        <source>Do not continue; contact the service owner.</source>
        <translation>Fahren Sie nicht fort; wenden Sie sich an den Betreiber des Dienstes.</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3.</source>
        <translation>Das Zertifikat von %1 ist nur von %2 bis %3 gültig.</translation>
    </message>
    <message>
        <source>Either the certificate expired, or this computer&apos;s clock is wrong (it shows %1).</source>
        <translation>Entweder ist das Zertifikat abgelaufen, oder die Uhr dieses Computers geht falsch (sie zeigt %1).</translation>
    </message>
    <message>
        <source>If the date and time of this computer are wrong, correct them; otherwise the site owner must renew the certificate.</source>
        <translation>Wenn Datum und Uhrzeit dieses Computers falsch sind, korrigieren Sie sie; andernfalls muss der Betreiber der Website das Zertifikat erneuern.</translation>
    </message>
    <message>
        <source>The certificate of this server is for %1, not %2.</source>
        <translation>Das Zertifikat dieses Servers gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>A typo in the address, the wrong pod, an IP address instead of a name, or a proxy answering in Insightly&apos;s place.</source>
        <translation>Ein Tippfehler in der Adresse, der falsche Pod, eine IP-Adresse statt eines Namens oder ein Proxy, der an Stelle von Insightly antwortet.</translation>
    </message>
    <message>
        <source>Check the Tenant URL for typos (for example na1 instead of eu1). %1</source>
        <translation>Prüfen Sie die Mandanten-URL auf Tippfehler (zum Beispiel na1 statt eu1). %1</translation>
    </message>
    <message>
        <source>The wizard could not confirm it is really talking to %1: its certificate was issued by %2, which this computer does not trust.</source>
        <translation>Der Assistent konnte nicht bestätigen, dass er wirklich mit %1 kommuniziert: Das Zertifikat wurde von %2 ausgestellt, dem dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <source>A self-signed or private certificate, a server missing part of its certificate chain, or a company proxy that inspects HTTPS traffic. Microsoft&apos;s provisioning service requires a publicly trusted certificate too.</source>
        <translation>Ein selbstsigniertes oder privates Zertifikat, ein Server, dem ein Teil seiner Zertifikatkette fehlt, oder ein Firmenproxy, der HTTPS-Verkehr untersucht. Auch der Bereitstellungsdienst von Microsoft verlangt ein öffentlich vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1 or to install their root certificate. Otherwise contact the owner of the server.</source>
        <translation>Wenn Ihr Unternehmen HTTPS-Verkehr untersucht, bitten Sie die IT, %1 auszunehmen oder ihr Stammzertifikat zu installieren. Andernfalls wenden Sie sich an den Betreiber des Servers.</translation>
    </message>
    <message>
        <source>A secure connection could not be negotiated with %1.</source>
        <translation>Mit %1 konnte keine sichere Verbindung ausgehandelt werden.</translation>
    </message>
    <message>
        <source>The server may only support old TLS versions; Microsoft requires TLS 1.2 or newer.</source>
        <translation>Der Server unterstützt möglicherweise nur alte TLS-Versionen; Microsoft verlangt TLS 1.2 oder neuer.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, contact the service owner.</source>
        <translation>Prüfen Sie die Adresse; wenn sie stimmt, wenden Sie sich an den Betreiber des Dienstes.</translation>
    </message>
    <message>
        <source>That address answered, but not like a SCIM service.</source>
        <translation>Diese Adresse hat geantwortet, aber nicht wie ein SCIM-Dienst.</translation>
    </message>
    <message>
        <source>It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a sign-in page), the REST API, or a proxy&apos;s page rather than the SCIM endpoint.</source>
        <translation>Sie hat %1 statt SCIM-JSON gesendet: Die Adresse ist wahrscheinlich eine Insightly-Webseite (eine Anmeldeseite), die REST-API oder eine Proxyseite und nicht der SCIM-Endpunkt.</translation>
    </message>
    <message>
        <source>an answer without a content type</source>
        <translation>eine Antwort ohne Inhaltstyp</translation>
    </message>
    <message numerus="yes">
        <source>The lookup of a user that cannot exist returned %n user(s).</source>
        <translation>
            <numerusform>Die Suche nach einem Benutzer, den es nicht geben kann, hat %n Benutzer zurückgegeben.</numerusform>
            <numerusform>Die Suche nach einem Benutzer, den es nicht geben kann, hat %n Benutzer zurückgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint ignores the userName filter Entra uses to match users, so Entra would match the wrong people.</source>
        <translation>Der Endpunkt ignoriert den userName-Filter, mit dem Entra Benutzer zuordnet, sodass Entra die falschen Personen zuordnen würde.</translation>
    </message>
    <message>
        <source>Check that the Tenant URL is Insightly&apos;s SCIM endpoint; if it is, contact Insightly support.</source>
        <translation>Prüfen Sie, ob die Mandanten-URL der SCIM-Endpunkt von Insightly ist; wenn ja, wenden Sie sich an den Insightly-Support.</translation>
    </message>
    <message>
        <source>Insightly rejected the Secret Token (HTTP 401).</source>
        <translation>Insightly hat das geheime Token abgelehnt (HTTP 401).</translation>
    </message>
    <message>
        <source>The token was mistyped, or it was regenerated in Insightly, which cancels the previous one.</source>
        <translation>Das Token wurde falsch eingegeben oder in Insightly neu erzeugt, wodurch das vorherige ungültig wird.</translation>
    </message>
    <message>
        <source>Copy the current token from Insightly&apos;s SAML and SCIM settings (System Settings, Security, SAML and SCIM) and paste it again, without spaces.</source>
        <translation>Kopieren Sie das aktuelle Token aus den SAML- und SCIM-Einstellungen von Insightly („System Settings“, „Security“, „SAML and SCIM“) und fügen Sie es ohne Leerzeichen erneut ein.</translation>
    </message>
    <message>
        <source>Insightly refused the Secret Token (HTTP 403).</source>
        <translation>Insightly hat das geheime Token zurückgewiesen (HTTP 403).</translation>
    </message>
    <message>
        <source>The token may have been regenerated in Insightly, or SCIM provisioning is not switched on (it needs the Enterprise plan and SAML single sign-on).</source>
        <translation>Das Token wurde möglicherweise in Insightly neu erzeugt, oder die SCIM-Bereitstellung ist nicht eingeschaltet (sie erfordert den Enterprise-Plan und einmaliges Anmelden per SAML).</translation>
    </message>
    <message>
        <source>In Insightly&apos;s SAML and SCIM settings, check that Enable SCIM Provisioning is ticked, then copy the current token from there and paste it again.</source>
        <translation>Prüfen Sie in den SAML- und SCIM-Einstellungen von Insightly, ob „Enable SCIM Provisioning“ aktiviert ist, kopieren Sie dann das aktuelle Token von dort und fügen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Nothing was found at that address (HTTP %1).</source>
        <translation>Unter dieser Adresse wurde nichts gefunden (HTTP %1).</translation>
    </message>
    <message>
        <source>The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows.</source>
        <translation>Der Pfad ist falsch: Ein Segment fehlt oder ist zu viel, der Pod ist falsch, oder SCIM ist nicht aktiviert. Prüfen Sie, ob die Mandanten-URL der von Insightly angezeigte SCIM-Endpunkt ist.</translation>
    </message>
    <message>
        <source>The address redirects to %1 instead of answering.</source>
        <translation>Die Adresse leitet auf %1 um, statt zu antworten.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or from http to https. The wizard does not follow it, so the token is not sent elsewhere.</source>
        <translation>Ein SCIM-Endpunkt antwortet direkt; eine Umleitung führt meist zu einer Anmeldeseite oder von http zu https. Der Assistent folgt ihr nicht, damit das Token nicht anderswohin gesendet wird.</translation>
    </message>
    <message>
        <source>The endpoint refused the standard user lookup Entra makes (invalid filter).</source>
        <translation>Der Endpunkt hat die Standard-Benutzersuche von Entra abgelehnt (ungültiger Filter).</translation>
    </message>
    <message>
        <source>It does not accept userName eq &quot;…&quot; filters, so it is not a SCIM service Entra can use, or not the SCIM endpoint at all.</source>
        <translation>Er akzeptiert keine Filter der Form userName eq &quot;…&quot; und ist daher kein SCIM-Dienst, den Entra verwenden kann, oder überhaupt nicht der SCIM-Endpunkt.</translation>
    </message>
    <message>
        <source>Check the Tenant URL; if it is correct, contact Insightly support.</source>
        <translation>Prüfen Sie die Mandanten-URL; wenn sie stimmt, wenden Sie sich an den Insightly-Support.</translation>
    </message>
    <message>
        <source>Insightly is limiting requests (HTTP 429).</source>
        <translation>Insightly begrenzt die Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation>In kurzer Zeit wurden zu viele Anfragen gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and test again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde und testen Sie erneut.</numerusform>
            <numerusform>Warten Sie %n Sekunden und testen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and test again.</source>
        <translation>Warten Sie eine Minute und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service had a problem (HTTP %1).</source>
        <translation>Beim SCIM-Dienst von Insightly ist ein Problem aufgetreten (HTTP %1).</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side or in a proxy in front of it.</source>
        <translation>Ein Fehler auf Seiten von Insightly oder in einem vorgeschalteten Proxy.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check Insightly&apos;s status page or contact their support.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut; wenn es weiterhin auftritt, prüfen Sie die Statusseite von Insightly oder wenden Sie sich an dessen Support.</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>Der Endpunkt hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers this request with HTTP 200.</source>
        <translation>Ein SCIM-Endpunkt beantwortet diese Anfrage mit HTTP 200.</translation>
    </message>
    <message>
        <source>no certificate received</source>
        <translation>kein Zertifikat empfangen</translation>
    </message>
    <message numerus="yes">
        <source>certificate for %1, issued by %2, valid until %3 (%n day(s) left)</source>
        <translation>
            <numerusform>Zertifikat für %1, ausgestellt von %2, gültig bis %3 (noch %n Tag)</numerusform>
            <numerusform>Zertifikat für %1, ausgestellt von %2, gültig bis %3 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 ms</source>
        <translation>HTTP %1, %2, %3 ms</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>%1 is looked up by the proxy %2.</source>
        <translation>%1 wird vom Proxy %2 aufgelöst.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the proxy %3.</source>
        <translation>Verbunden mit %1, Port %2, über den Proxy %3.</translation>
    </message>
    <message>
        <source>Through the proxy %1: %2</source>
        <translation>Über den Proxy %1: %2</translation>
    </message>
    <message>
        <source>No connection through the proxy %1 within %2 ms.</source>
        <translation>Keine Verbindung über den Proxy %1 innerhalb von %2 ms.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimStatusPanel</name>
    <message>
        <source>Provisioning status (refreshed automatically)</source>
        <translation>Bereitstellungsstatus (wird automatisch aktualisiert)</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Bereitstellungszustand</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Letzter Zyklus</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>Stabiler Zustand</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantäne</translation>
    </message>
    <message>
        <source>Status error</source>
        <translation>Statusfehler</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Last cycle:</source>
        <translation>Letzter Zyklus:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Anzahlen:</translation>
    </message>
    <message>
        <source>Steady state:</source>
        <translation>Stabiler Zustand:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The status could not be read: %1 %2</source>
        <translation>Der Status konnte nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>Active — provisioning runs on its schedule.</source>
        <translation>Aktiv — die Bereitstellung läuft nach ihrem Zeitplan.</translation>
    </message>
    <message>
        <source>Not run yet — credentials saved; the first cycle has not run.</source>
        <translation>Noch nicht ausgeführt — Anmeldeinformationen gespeichert; der erste Zyklus ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Not configured — the Tenant URL and Secret Token are not saved.</source>
        <translation>Nicht konfiguriert — Mandanten-URL und geheimes Token sind nicht gespeichert.</translation>
    </message>
    <message>
        <source>Paused — provisioning was stopped.</source>
        <translation>Angehalten — die Bereitstellung wurde beendet.</translation>
    </message>
    <message>
        <source>Quarantine — provisioning is paused by Microsoft.</source>
        <translation>Quarantäne — die Bereitstellung wurde von Microsoft angehalten.</translation>
    </message>
    <message>
        <source>No cycle has run yet. The first one can take a while in Microsoft Entra.</source>
        <translation>Es ist noch kein Zyklus gelaufen. Der erste kann in Microsoft Entra eine Weile dauern.</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, beendet %2</translation>
    </message>
    <message>
        <source>Last successful cycle: %1</source>
        <translation>Letzter erfolgreicher Zyklus: %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Fehler: %1 %2</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent to Insightly, %3 failed, %4 users in sync</source>
        <translation>%1 im Bereich, %2 Änderungen an Insightly gesendet, %3 fehlgeschlagen, %4 Benutzer synchron</translation>
    </message>
    <message>
        <source>Reached, last at %1</source>
        <translation>Erreicht, zuletzt am %1</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Noch nicht erreicht</translation>
    </message>
    <message>
        <source>Quarantine (%1): %2</source>
        <translation>Quarantäne (%1): %2</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message: %1</source>
        <translation>Meldung von Microsoft: %1</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTestResults</name>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Lösung: %1</translation>
    </message>
    <message>
        <source>The wizard&apos;s own connection test</source>
        <translation>Eigener Verbindungstest des Assistenten</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cause and fix</source>
        <translation>Ursache und Lösung</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection</source>
        <translation>„Verbindung testen“ von Microsoft Entra</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection: running…</source>
        <translation>„Verbindung testen“ von Microsoft Entra: läuft…</translation>
    </message>
    <message>
        <source>✓ Microsoft Entra&apos;s Test Connection passed (HTTP %1, %2 ms): Microsoft&apos;s provisioning service reached Insightly and the token was accepted.</source>
        <translation>✓ „Verbindung testen“ von Microsoft Entra bestanden (HTTP %1, %2 ms): Der Bereitstellungsdienst von Microsoft hat Insightly erreicht, und das Token wurde akzeptiert.</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection failed (HTTP %1).</source>
        <translation>✗ „Verbindung testen“ von Microsoft Entra fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <source>Entra&apos;s answer: [%1] %2</source>
        <translation>Antwort von Entra: [%1] %2</translation>
    </message>
    <message>
        <source>Our reading: %1</source>
        <translation>Unsere Deutung: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection could not run.</source>
        <translation>✗ „Verbindung testen“ von Microsoft Entra konnte nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTokenRotationFlow</name>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Die bestehende Einrichtung wird gesucht…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>In diesem Mandanten gibt es mehrere Anwendungen Insightly SAML.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its token.</source>
        <translation>Führen Sie eine neue Einrichtung aus und wählen Sie die Anwendung in Schritt 1; erneuern Sie dann ihr Token.</translation>
    </message>
    <message>
        <source>Testing the new token from this computer and from Microsoft Entra…</source>
        <translation>Das neue Token wird von diesem Computer und von Microsoft Entra aus getestet…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved in Microsoft Entra.</source>
        <translation>Abgebrochen. In Microsoft Entra wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved in Microsoft Entra: it keeps the previous Tenant URL and Secret Token. If you already clicked Regenerate in Insightly, the previous token no longer works — paste the new one and test again.</source>
        <translation>In Microsoft Entra wurde nichts gespeichert: Es behält die bisherige Mandanten-URL und das bisherige geheime Token. Falls Sie in Insightly bereits auf „Regenerate“ geklickt haben, funktioniert das bisherige Token nicht mehr – fügen Sie das neue ein und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Saving the new token in Microsoft Entra and starting provisioning…</source>
        <translation>Das neue Token wird in Microsoft Entra gespeichert und die Bereitstellung gestartet…</translation>
    </message>
    <message>
        <source>The new token passed the tests but was not saved: Entra may still hold the previous one. Test and save again.</source>
        <translation>Das neue Token hat die Tests bestanden, wurde aber nicht gespeichert: Entra hält möglicherweise noch das bisherige. Testen und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Saved: Microsoft Entra provisions Insightly with the new token (%1).</source>
        <translation>Gespeichert: Microsoft Entra stellt Insightly mit dem neuen Token bereit (%1).</translation>
    </message>
    <message>
        <source>The SCIM token is rotated.</source>
        <translation>Das SCIM-Token ist erneuert.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupChoiceModel</name>
    <message>
        <source>certificate rotation not finished</source>
        <translation>Zertifikatserneuerung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>last sign-in test failed</source>
        <translation>letzter Anmeldetest fehlgeschlagen</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>eingerichtet</translation>
    </message>
    <message>
        <source>step %1 of 4 done</source>
        <translation>Schritt %1 von 4 erledigt</translation>
    </message>
    <message>
        <source>A new setup</source>
        <translation>Eine neue Einrichtung</translation>
    </message>
    <message>
        <source>Connect another tenant or Insightly instance.</source>
        <translation>Einen weiteren Mandanten oder eine weitere Insightly-Instanz verbinden.</translation>
    </message>
    <message>
        <source>Insightly instance not chosen yet</source>
        <translation>Insightly-Instanz noch nicht gewählt</translation>
    </message>
    <message>
        <source>%1, instance %2</source>
        <translation>%1, Instanz %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <extracomment>A saved setup in the Welcome page&apos;s list: tenant — Insightly instance — progress, date of the last save</extracomment>
        <translation>%1 — %2 — %3, %4</translation>
    </message>
    <message>
        <source>Tenant ID %1; last saved %2</source>
        <translation>Mandanten-ID %1; zuletzt gespeichert %2</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStateStore</name>
    <message>
        <source>The saved setup for %1 couldn&apos;t be opened.</source>
        <translation>Die gespeicherte Einrichtung für %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Check the permissions of %1, then restart the wizard. Until then, the wizard won&apos;t overwrite it.</source>
        <translation>Prüfen Sie die Berechtigungen von %1 und starten Sie den Assistenten dann neu. Bis dahin überschreibt der Assistent sie nicht.</translation>
    </message>
    <message>
        <source>It isn&apos;t valid JSON (%1 at byte %2).</source>
        <translation>Sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>It doesn&apos;t contain a setup.</source>
        <translation>Sie enthält keine Einrichtung.</translation>
    </message>
    <message>
        <source>It has no valid format version.</source>
        <translation>Sie hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>It belongs to another tenant.</source>
        <translation>Sie gehört zu einem anderen Mandanten.</translation>
    </message>
    <message>
        <source>The saved setup for %1 was created by a newer version of Insightly SSO Setup.</source>
        <translation>Die gespeicherte Einrichtung für %1 wurde von einer neueren Version von Insightly SSO Setup erstellt.</translation>
    </message>
    <message>
        <source>This version understands setup format %1; the file uses format %2.</source>
        <translation>Diese Version versteht das Einrichtungsformat %1; die Datei verwendet Format %2.</translation>
    </message>
    <message>
        <source>Update the app to the latest version, then open this setup again. The file was left untouched.</source>
        <translation>Aktualisieren Sie die App auf die neueste Version und öffnen Sie diese Einrichtung dann erneut. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The saved setup for %1 couldn&apos;t be read.</source>
        <translation>Die gespeicherte Einrichtung für %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is damaged. %1</source>
        <translation>Die Datei ist beschädigt. %1</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be moved aside, so the wizard won&apos;t overwrite it. Move or delete %1, then restart the wizard.</source>
        <translation>Die Datei konnte nicht beiseitegelegt werden, daher überschreibt der Assistent sie nicht. Verschieben oder löschen Sie %1 und starten Sie den Assistenten dann neu.</translation>
    </message>
    <message>
        <source>The wizard starts this setup afresh and checks what already exists in your tenant, so nothing is created twice. The damaged file was kept as %1.</source>
        <translation>Der Assistent beginnt diese Einrichtung neu und prüft, was in Ihrem Mandanten bereits vorhanden ist, sodass nichts doppelt erstellt wird. Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The setup progress for %1 isn&apos;t being saved.</source>
        <translation>Der Einrichtungsfortschritt für %1 wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Its saved file was made by a newer version of the app, or couldn&apos;t be read.</source>
        <translation>Die gespeicherte Datei wurde von einer neueren Version der App erstellt oder konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Update the app, or move %1 away, then restart the wizard.</source>
        <translation>Aktualisieren Sie die App oder verschieben Sie %1 an einen anderen Ort und starten Sie den Assistenten dann neu.</translation>
    </message>
    <message>
        <source>A saved setup for this tenant exists and wasn&apos;t opened.</source>
        <translation>Für diesen Mandanten gibt es eine gespeicherte Einrichtung, die nicht geöffnet wurde.</translation>
    </message>
    <message>
        <source>Restart the wizard to continue the saved setup.</source>
        <translation>Starten Sie den Assistenten neu, um die gespeicherte Einrichtung fortzusetzen.</translation>
    </message>
    <message>
        <source>The setup progress couldn&apos;t be saved.</source>
        <translation>Der Einrichtungsfortschritt konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be created or isn&apos;t a folder.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden oder ist kein Ordner.</translation>
    </message>
    <message>
        <source>Free some disk space or make %1 writable, then choose Retry, or choose another folder. Until then the wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>Geben Sie Speicherplatz frei oder machen Sie %1 beschreibbar und wählen Sie dann „Erneut speichern“, oder wählen Sie einen anderen Ordner. Bis dahin arbeitet der Assistent weiter, aber ein späterer Lauf setzt möglicherweise nicht dort fort, wo dieser aufgehört hat.</translation>
    </message>
    <message>
        <source>It belongs to another Insightly instance.</source>
        <translation>Sie gehört zu einer anderen Insightly-Instanz.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStatusReport</name>
    <message>
        <source>Depends on the enterprise application, which could not be read.</source>
        <translation>Hängt von der Unternehmensanwendung ab, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>No Insightly SAML application to check.</source>
        <translation>Keine Anwendung Insightly SAML zu prüfen.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra to read the status.</source>
        <translation>Melden Sie sich bei Microsoft Entra an, um den Status zu lesen.</translation>
    </message>
    <message>
        <source>Cancelled before it was read.</source>
        <translation>Abgebrochen, bevor es gelesen wurde.</translation>
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
        <translation>Bei Microsoft Entra ID anmelden</translation>
    </message>
    <message>
        <source>Sign in with an account that may manage enterprise applications in your tenant.</source>
        <translation>Melden Sie sich mit einem Konto an, das Unternehmensanwendungen in Ihrem Mandanten verwalten darf.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in on this page. Before it changes anything, the wizard checks that your account holds the &lt;b&gt;Cloud Application Administrator&lt;/b&gt; or &lt;b&gt;Application Administrator&lt;/b&gt; role and that the permissions it needs were granted.&lt;/p&gt;&lt;p&gt;If your organisation does not allow signing in from an embedded browser, use &lt;i&gt;Sign in with the system browser&lt;/i&gt; or &lt;i&gt;Sign in with a code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Your session is kept in the system keychain, so the next start signs you in without asking again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Melden Sie sich auf dieser Seite an. Bevor er etwas ändert, prüft der Assistent, ob Ihr Konto die Rolle &lt;b&gt;Cloudanwendungsadministrator&lt;/b&gt; oder &lt;b&gt;Anwendungsadministrator&lt;/b&gt; hat und ob die benötigten Berechtigungen erteilt wurden.&lt;/p&gt;&lt;p&gt;Wenn Ihre Organisation die Anmeldung über einen eingebetteten Browser nicht erlaubt, verwenden Sie &lt;i&gt;Mit dem Systembrowser anmelden&lt;/i&gt; oder &lt;i&gt;Mit einem Code anmelden&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Ihre Sitzung wird im Schlüsselbund des Systems gespeichert, sodass Sie beim nächsten Start ohne erneute Abfrage angemeldet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>Anmeldeseite ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Sign in &amp;here</source>
        <translation>&amp;Hier anmelden</translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser</source>
        <translation>Mit dem &amp;Systembrowser anmelden</translation>
    </message>
    <message>
        <source>Signing you in with your saved session…</source>
        <translation>Sie werden mit Ihrer gespeicherten Sitzung angemeldet…</translation>
    </message>
    <message>
        <source>The wizard could not open a local port to receive the sign-in.</source>
        <translation>Der Assistent konnte keinen lokalen Port öffnen, um die Anmeldung zu empfangen.</translation>
    </message>
    <message>
        <source>Sign in here or with a code instead.</source>
        <translation>Melden Sie sich stattdessen hier oder mit einem Code an.</translation>
    </message>
    <message>
        <source>Your browser opened Microsoft&apos;s sign-in page. Sign in there; this page continues by itself when you are done.</source>
        <translation>Ihr Browser hat die Anmeldeseite von Microsoft geöffnet. Melden Sie sich dort an; diese Seite fährt automatisch fort, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>Der Systembrowser konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Anmeldecode wird bei Microsoft angefordert…</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code. This page continues by itself when you are done.</source>
        <translation>Öffnen Sie auf einem beliebigen Gerät %1 und geben Sie diesen Code ein. Diese Seite fährt automatisch fort, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>Warten auf die Eingabe des Codes…</translation>
    </message>
    <message>
        <source>Completing the sign-in and checking your permissions…</source>
        <translation>Die Anmeldung wird abgeschlossen und Ihre Berechtigungen werden geprüft…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Erneut speichern</translation>
    </message>
    <message>
        <source>Retry saving the setup progress</source>
        <translation>Den Einrichtungsfortschritt erneut speichern</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>Anderen &amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Choose another folder for the setup progress</source>
        <translation>Anderen Ordner für den Einrichtungsfortschritt wählen</translation>
    </message>
    <message>
        <source>Choose a folder for the setup progress</source>
        <translation>Ordner für den Einrichtungsfortschritt wählen</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de</source>
        <translation>Mit einem &amp;Code anmelden</translation>
    </message>
    <message>
        <source>Sign in as someone e&amp;lse</source>
        <translation>Als &amp;andere Person anmelden</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestFlow</name>
    <message>
        <source>Insightly did not show a page after the sign-in within a minute.</source>
        <translation>Insightly hat innerhalb einer Minute nach der Anmeldung keine Seite angezeigt.</translation>
    </message>
    <message>
        <source>Making sure you are assigned to the application…</source>
        <translation>Es wird sichergestellt, dass Sie der Anwendung zugewiesen sind…</translation>
    </message>
    <message>
        <source>The sign-in test could not start.</source>
        <translation>Der Anmeldetest konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sign in with your Entra account in the browser below if it asks; the wizard watches what Entra sends to Insightly.</source>
        <translation>Melden Sie sich im Browser unten mit Ihrem Entra-Konto an, falls danach gefragt wird; der Assistent beobachtet, was Entra an Insightly sendet.</translation>
    </message>
    <message>
        <source>Entra sent the sign-in to Insightly; waiting for Insightly&apos;s answer…</source>
        <translation>Entra hat die Anmeldung an Insightly gesendet; es wird auf die Antwort von Insightly gewartet…</translation>
    </message>
    <message>
        <source>Insightly sent the browser to another site (%1).</source>
        <translation>Insightly hat den Browser auf eine andere Website geleitet (%1).</translation>
    </message>
    <message>
        <source>Insightly answered with an error page at %1.</source>
        <translation>Insightly hat mit einer Fehlerseite unter %1 geantwortet.</translation>
    </message>
    <message>
        <source>Insightly kept the browser on its SAML sign-in address (%1).</source>
        <translation>Insightly hat den Browser auf seiner SAML-Anmeldeadresse belassen (%1).</translation>
    </message>
    <message>
        <source>The page says: %1</source>
        <translation>Die Seite meldet: %1</translation>
    </message>
    <message>
        <source>Signed in to Insightly</source>
        <translation>Bei Insightly angemeldet</translation>
    </message>
    <message>
        <source>Insightly opened</source>
        <translation>Insightly geöffnet</translation>
    </message>
    <message>
        <source>Insightly did not accept the sign-in.</source>
        <translation>Insightly hat die Anmeldung nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Fix the failed checks above, then test again.</source>
        <translation>Beheben Sie die fehlgeschlagenen Prüfungen oben und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Signed in to Insightly as %1.</source>
        <translation>Als %1 bei Insightly angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in test failed.</source>
        <translation>Der Anmeldetest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in works. %1</source>
        <translation>Die Anmeldung funktioniert. %1</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestPanel</name>
    <message>
        <source>Test the sign-in before enforcing SAML</source>
        <translation>Die Anmeldung testen, bevor SAML erzwungen wird</translation>
    </message>
    <message>
        <source>&amp;Test the sign-in</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <source>Test the sign-in to Insightly through Entra</source>
        <translation>Die Anmeldung bei Insightly über Entra testen</translation>
    </message>
    <message>
        <source>After the upload in Insightly, test one sign-in through Entra.</source>
        <translation>Testen Sie nach dem Hochladen in Insightly eine Anmeldung über Entra.</translation>
    </message>
    <message>
        <source>Status of the sign-in test</source>
        <translation>Status des Anmeldetests</translation>
    </message>
    <message>
        <source>Checklist of the sign-in test</source>
        <translation>Checkliste des Anmeldetests</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Festgestellt</translation>
    </message>
    <message>
        <source>Reason and fix</source>
        <translation>Grund und Lösung</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login and saved</source>
        <translation>Ich habe „Enforce SAML Login“ aktiviert und gespeichert</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login in Insightly and saved</source>
        <translation>Ich habe „Enforce SAML Login“ in Insightly aktiviert und gespeichert</translation>
    </message>
    <message>
        <source>Confirm that SAML login is enforced in Insightly</source>
        <translation>Bestätigen, dass die SAML-Anmeldung in Insightly erzwungen wird</translation>
    </message>
    <message>
        <source>Whether SAML login is enforced</source>
        <translation>Ob die SAML-Anmeldung erzwungen wird</translation>
    </message>
    <message>
        <source>Reading the certificate Insightly holds…</source>
        <translation>Das Zertifikat, das Insightly hat, wird gelesen…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enforce SAML Login is ticked but not saved yet: click Save in Insightly.</source>
        <translation>„Enforce SAML Login“ ist aktiviert, aber noch nicht gespeichert: Klicken Sie in Insightly auf „Save“.</translation>
    </message>
    <message>
        <source>Enforce SAML Login is not ticked in Insightly yet.</source>
        <translation>„Enforce SAML Login“ ist in Insightly noch nicht aktiviert.</translation>
    </message>
    <message>
        <source>Tick the box once you have saved Enforce SAML Login in Insightly.</source>
        <translation>Aktivieren Sie das Kontrollkästchen, sobald Sie „Enforce SAML Login“ in Insightly gespeichert haben.</translation>
    </message>
    <message>
        <source>SAML login is enforced in Insightly.</source>
        <translation>Die SAML-Anmeldung wird in Insightly erzwungen.</translation>
    </message>
    <message>
        <source>Browser of the sign-in test</source>
        <translation>Browser des Anmeldetests</translation>
    </message>
    <message>
        <source>Next: enforce SAML login</source>
        <translation>Als Nächstes: SAML-Anmeldung erzwingen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The sign-in works.&lt;/b&gt; Now, in the Insightly tab: tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;. Then confirm here.</source>
        <translation>&lt;b&gt;Die Anmeldung funktioniert.&lt;/b&gt; Aktivieren Sie jetzt in der Insightly-Registerkarte &lt;b&gt;Enforce SAML Login&lt;/b&gt; und klicken Sie auf &lt;b&gt;Save&lt;/b&gt;. Bestätigen Sie dann hier.</translation>
    </message>
    <message>
        <source>Confir&amp;m</source>
        <translation>&amp;Bestätigen</translation>
    </message>
</context>
<context>
    <name>insightly::StepPage</name>
    <message>
        <source>Instructions for this step</source>
        <translation>Anweisungen für diesen Schritt</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>In dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Embedded browsers</source>
        <translation>Eingebettete Browser</translation>
    </message>
</context>
<context>
    <name>insightly::SummaryPage</name>
    <message>
        <source>Summary — status of the setup</source>
        <translation>Zusammenfassung – Status der Einrichtung</translation>
    </message>
    <message>
        <source>Read live from Microsoft Entra; what is not right says what to do.</source>
        <translation>Live aus Microsoft Entra gelesen; bei allem, was nicht stimmt, steht, was zu tun ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each line is read from Microsoft Entra now, not from what the wizard remembers, so this page is also how to check an existing setup later.&lt;/p&gt;&lt;p&gt;Users start Insightly from &lt;b&gt;My Apps&lt;/b&gt; (https://myapps.microsoft.com/): Insightly supports sign-in started from Microsoft only.&lt;/p&gt;&lt;p&gt;Microsoft e-mails the notification addresses 60, 30 and 7 days before the signing certificate expires; rotate it before then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Zeile wird jetzt aus Microsoft Entra gelesen, nicht aus dem, was sich der Assistent gemerkt hat. Mit dieser Seite können Sie also auch später eine bestehende Einrichtung prüfen.&lt;/p&gt;&lt;p&gt;Benutzer starten Insightly über &lt;b&gt;Meine Apps&lt;/b&gt; (https://myapps.microsoft.com/): Insightly unterstützt nur die von Microsoft aus gestartete Anmeldung.&lt;/p&gt;&lt;p&gt;Microsoft sendet 60, 30 und 7 Tage vor Ablauf des Signaturzertifikats E-Mails an die Benachrichtigungsadressen; erneuern Sie es vorher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Progress of the status check</source>
        <translation>Fortschritt der Statusprüfung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <source>Read the status again</source>
        <translation>Status erneut lesen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the status check</source>
        <translation>Statusprüfung abbrechen</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the status report to the clipboard</source>
        <translation>Statusbericht in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the status report to a file</source>
        <translation>Statusbericht in einer Datei speichern</translation>
    </message>
    <message>
        <source>Result of saving the report</source>
        <translation>Ergebnis des Speicherns des Berichts</translation>
    </message>
    <message>
        <source>Users sign in here: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Benutzer melden sich hier an: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>My Apps, where users sign in to Insightly</source>
        <translation>„Meine Apps“, wo sich Benutzer bei Insightly anmelden</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Vorgehensweise:</translation>
    </message>
    <message>
        <source>Reading the status from Microsoft Entra… %1 of %2 checks done.</source>
        <translation>Status wird aus Microsoft Entra gelesen… %1 von %2 Prüfungen erledigt.</translation>
    </message>
    <message>
        <source>Cancelled; select Refresh to read the status again.</source>
        <translation>Abgebrochen; wählen Sie „Aktualisieren“, um den Status erneut zu lesen.</translation>
    </message>
    <message>
        <source>Everything checked is in order.</source>
        <translation>Alles Geprüfte ist in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n Warnung: siehe „Vorgehensweise“ unten.</numerusform>
            <numerusform>%n Warnungen: siehe „Vorgehensweise“ unten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) and %1 warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n Problem und %1 Warnung(en): siehe „Vorgehensweise“ unten.</numerusform>
            <numerusform>%n Probleme und %1 Warnung(en): siehe „Vorgehensweise“ unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Der Bericht ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Save the status report</source>
        <translation>Statusbericht speichern</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Bericht unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Remove what this wizard created, after a confirmation that lists it</source>
        <translation>Entfernen, was dieser Assistent erstellt hat, nach einer Bestätigung, die es auflistet</translation>
    </message>
    <message numerus="yes">
        <source>Changes made by this wizard (%n)</source>
        <translation>
            <numerusform>Von diesem Assistenten vorgenommene Änderung (%n)</numerusform>
            <numerusform>Von diesem Assistenten vorgenommene Änderungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation>request-id %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Text (*.txt)</source>
        <translation>Webseite (*.html);;PDF-Dokument (*.pdf);;Text (*.txt)</translation>
    </message>
    <message>
        <source>Remove what this wizard cr&amp;eated…</source>
        <translation>Vom Assistenten &amp;erstellte Elemente entfernen…</translation>
    </message>
    <message>
        <source>Check this setup every &amp;week and notify me when something needs attention</source>
        <translation>Diese Einrichtung wöc&amp;hentlich prüfen und mich benachrichtigen, wenn etwas zu tun ist</translation>
    </message>
    <message>
        <source>Check this setup every week and notify me when something needs attention</source>
        <translation>Diese Einrichtung wöchentlich prüfen und mich benachrichtigen, wenn etwas zu tun ist</translation>
    </message>
    <message>
        <source>Result of the weekly check setting</source>
        <translation>Ergebnis der Einstellung für die wöchentliche Prüfung</translation>
    </message>
    <message>
        <source>Changes this wizard made</source>
        <translation>Vom Assistenten vorgenommene Änderungen</translation>
    </message>
</context>
<context>
    <name>insightly::WelcomePage</name>
    <message>
        <source>Connect Insightly to Microsoft Entra ID</source>
        <translation>Insightly mit Microsoft Entra ID verbinden</translation>
    </message>
    <message>
        <source>Single sign-on with SAML and user provisioning with SCIM, set up and proven step by step.</source>
        <translation>Einmaliges Anmelden mit SAML und Benutzerbereitstellung mit SCIM, Schritt für Schritt eingerichtet und geprüft.</translation>
    </message>
    <message>
        <source>This wizard signs you in to Microsoft Entra ID and does the four steps of Insightly&apos;s “Setup of SAML &amp; SCIM for Azure” article for you: it adds the &lt;i&gt;Insightly SAML&lt;/i&gt; enterprise application, configures SAML single sign-on and its signing certificate, connects SCIM provisioning, and assigns users and groups. It tests each step before the next, and signs in once through SAML before you enforce SAML login, so nobody is locked out.</source>
        <translation>Dieser Assistent meldet Sie bei Microsoft Entra ID an und erledigt für Sie die vier Schritte des Insightly-Artikels „Setup of SAML &amp; SCIM for Azure“: Er fügt die Unternehmensanwendung &lt;i&gt;Insightly SAML&lt;/i&gt; hinzu, konfiguriert das einmalige Anmelden per SAML und dessen Signaturzertifikat, verbindet die SCIM-Bereitstellung und weist Benutzer und Gruppen zu. Er testet jeden Schritt vor dem nächsten und lässt Sie sich einmal per SAML anmelden, bevor Sie die SAML-Anmeldung erzwingen, sodass niemand ausgesperrt wird.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Set up single sign-on and provisioning</source>
        <translation>Einmaliges Anmelden und Bereitstellung &amp;einrichten</translation>
    </message>
    <message>
        <source>Set up single sign-on and provisioning</source>
        <translation>Einmaliges Anmelden und Bereitstellung einrichten</translation>
    </message>
    <message>
        <source>&amp;Rotate the SAML signing certificate of an existing setup</source>
        <translation>SAML-Signaturzertifikat einer bestehenden Einrichtung e&amp;rneuern</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>SAML-Signaturzertifikat erneuern</translation>
    </message>
    <message>
        <source>&amp;Check the status of an existing setup</source>
        <translation>Status einer bestehenden Einrichtung &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the status of an existing setup</source>
        <translation>Status einer bestehenden Einrichtung prüfen</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Microsoft Entra-Mandant</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID (optional)</source>
        <translation>contoso.onmicrosoft.com oder Mandanten-ID (optional)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Microsoft Entra account with the Cloud Application Administrator or Application Administrator role;&lt;/li&gt;&lt;li&gt;an Insightly administrator account on the Enterprise plan.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Sie benötigen&lt;/b&gt;&lt;ul&gt;&lt;li&gt;ein Microsoft Entra-Konto mit der Rolle „Cloudanwendungsadministrator“ oder „Anwendungsadministrator“;&lt;/li&gt;&lt;li&gt;ein Insightly-Administratorkonto mit dem Enterprise-Plan.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Rotate the SCIM to&amp;ken of an existing setup</source>
        <translation>SCIM-&amp;Token einer bestehenden Einrichtung erneuern</translation>
    </message>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>SCIM-Token erneuern</translation>
    </message>
    <message>
        <source>Saved setup</source>
        <translation>Gespeicherte Einrichtung</translation>
    </message>
    <message>
        <source>The tenant and Insightly instance this run is about, or a new setup.</source>
        <translation>Der Mandant und die Insightly-Instanz, um die es in diesem Lauf geht, oder eine neue Einrichtung.</translation>
    </message>
    <message>
        <source>Set&amp;up:</source>
        <translation>Einrichtun&amp;g:</translation>
    </message>
</context>
<context>
    <name>insightly::entra::GraphClient</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>insightly::entra::Provisioning</name>
    <message>
        <source>Microsoft Entra offers no provisioning template for this application.</source>
        <translation>Microsoft Entra bietet für diese Anwendung keine Bereitstellungsvorlage.</translation>
    </message>
    <message>
        <source>The enterprise application was not added from the Insightly SAML gallery entry, or provisioning is not available in this cloud.</source>
        <translation>Die Unternehmensanwendung wurde nicht aus dem Kataloganeintrag „Insightly SAML“ hinzugefügt, oder die Bereitstellung ist in dieser Cloud nicht verfügbar.</translation>
    </message>
    <message>
        <source>Add the Insightly SAML application from the gallery (step 1), then try again.</source>
        <translation>Fügen Sie die Anwendung Insightly SAML aus dem Katalog hinzu (Schritt 1) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>no answer to creating the job</source>
        <translation>keine Antwort auf das Erstellen des Auftrags</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>Die Demo konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation>%1 – Demo (simulierter Mandant)</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No desktop notification could be shown.</source>
        <translation>Es konnte keine Desktopbenachrichtigung angezeigt werden.</translation>
    </message>
    <message>
        <source>Insightly SSO Setup: %1</source>
        <translation>Insightly SSO Setup: %1</translation>
    </message>
    <message>
        <source>Open the wizard</source>
        <translation>Assistenten öffnen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
</TS>
