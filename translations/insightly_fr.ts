<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdminAssignment</name>
    <message>
        <source>The signed-in account is not known.</source>
        <translation>Le compte connecté n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>The sign-in check did not return the account&apos;s id.</source>
        <translation>La vérification de connexion n&apos;a pas renvoyé l&apos;ID du compte.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Checking whether you are assigned to Insightly SAML…</source>
        <translation>Vérification de votre affectation à Insightly SAML…</translation>
    </message>
    <message>
        <source>Assigning you to Insightly SAML for the sign-in test…</source>
        <translation>Affectation de votre compte à Insightly SAML pour le test de connexion…</translation>
    </message>
</context>
<context>
    <name>CertificateActivation</name>
    <message>
        <source>The certificate %1 is not on the Insightly SAML application.</source>
        <translation>Le certificat %1 ne figure pas dans l&apos;application Insightly SAML.</translation>
    </message>
    <message>
        <source>It was removed, or it belongs to another application.</source>
        <translation>Il a été supprimé, ou il appartient à une autre application.</translation>
    </message>
    <message>
        <source>Read the certificates again and choose one that is listed.</source>
        <translation>Relisez les certificats et choisissez-en un qui figure dans la liste.</translation>
    </message>
    <message>
        <source>The certificate %1 is expired or not yet valid.</source>
        <translation>Le certificat %1 a expiré ou n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>Microsoft Entra cannot sign with it.</source>
        <translation>Microsoft Entra ne peut pas signer avec.</translation>
    </message>
    <message>
        <source>Create a new certificate instead.</source>
        <translation>Créez plutôt un nouveau certificat.</translation>
    </message>
    <message>
        <source>Activating the certificate %1…</source>
        <translation>Activation du certificat %1…</translation>
    </message>
    <message>
        <source>Confirming the active certificate… seen %1 of %2 times</source>
        <translation>Confirmation du certificat actif… vu %1 fois sur %2</translation>
    </message>
    <message>
        <source>Too many addresses for certificate expiry notices.</source>
        <translation>Trop d&apos;adresses pour les avis d&apos;expiration du certificat.</translation>
    </message>
    <message>
        <source>Microsoft Entra accepts at most 5 addresses.</source>
        <translation>Microsoft Entra accepte au plus 5 adresses.</translation>
    </message>
    <message>
        <source>Remove some addresses.</source>
        <translation>Supprimez quelques adresses.</translation>
    </message>
    <message>
        <source>The previous certificate can no longer be made active again.</source>
        <translation>Le certificat précédent ne peut plus être réactivé.</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>Il a expiré.</translation>
    </message>
    <message>
        <source>It was removed from the application.</source>
        <translation>Il a été supprimé de l&apos;application.</translation>
    </message>
    <message>
        <source>Upload the current certificate to Insightly instead (Certificate (Base64)), then test the sign-in again.</source>
        <translation>Chargez plutôt le certificat actuel dans Insightly («&#xa0;Certificat (Base64)&#xa0;»), puis testez à nouveau la connexion.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Retour au certificat précédent…</translation>
    </message>
    <message>
        <source>Setting who is told before the certificate expires…</source>
        <translation>Définition des personnes averties avant l&apos;expiration du certificat…</translation>
    </message>
</context>
<context>
    <name>CertificateCleanup</name>
    <message>
        <source>The active signing certificate cannot be removed.</source>
        <translation>Le certificat de signature actif ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Microsoft Entra signs Insightly sign-ins with %1.</source>
        <translation>Microsoft Entra signe les connexions à Insightly avec %1.</translation>
    </message>
    <message>
        <source>Activate another certificate first.</source>
        <translation>Activez d&apos;abord un autre certificat.</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n old certificate(s)…</source>
        <translation>
            <numerusform>Suppression de %n ancien certificat…</numerusform>
            <numerusform>Suppression de %n anciens certificats…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the removal… seen %1 of %2 times</source>
        <translation>Confirmation de la suppression… vue %1 fois sur %2</translation>
    </message>
</context>
<context>
    <name>CertificateReader</name>
    <message>
        <source>Microsoft Entra did not confirm the certificate change in time.</source>
        <translation>Microsoft Entra n&apos;a pas confirmé le changement de certificat à temps.</translation>
    </message>
    <message>
        <source>The change was not read back consistently (replication).</source>
        <translation>La modification n&apos;a pas été relue de manière cohérente (réplication).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the certificates that exist instead of creating more.</source>
        <translation>Patientez quelques minutes et exécutez à nouveau cette étape&#xa0;; elle reprend avec les certificats existants au lieu d&apos;en créer d&apos;autres.</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(you, in Insightly)</source>
        <translation>(vous, dans Insightly)</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Insightly setting</source>
        <translation>Paramètre Insightly</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, expire le %2</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>Certificat de signature SAML</translation>
    </message>
    <message>
        <source>service principal</source>
        <translation>Principal de service</translation>
    </message>
    <message numerus="yes">
        <source>valid for %n day(s)</source>
        <translation>
            <numerusform>valable %n jour</numerusform>
            <numerusform>valable %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>the new certificate</source>
        <translation>le nouveau certificat</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>créer&#xa0;: %1</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>modifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>supprimer&#xa0;: %1</translation>
    </message>
    <message>
        <source>No changes: everything is already as it should be.</source>
        <translation>Aucune modification&#xa0;: tout est déjà comme il faut.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%n modification&#xa0;: %1</numerusform>
            <numerusform>%n modifications&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>non prévu&#xa0;: %1</translation>
    </message>
    <message>
        <source>planned but not sent: %1</source>
        <translation>prévu mais non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in: the tenant could not be read.</source>
        <translation>Non connecté&#xa0;: le locataire n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Sign in, then look at the plan again.</source>
        <translation>Connectez-vous, puis affichez de nouveau le plan.</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>Aucune application Insightly SAML n&apos;a été trouvée dans ce locataire.</translation>
    </message>
    <message>
        <source>Run the whole setup first; a re-run changes an existing setup.</source>
        <translation>Effectuez d&apos;abord la configuration complète&#xa0;; une nouvelle exécution modifie une configuration existante.</translation>
    </message>
    <message>
        <source>enterprise application</source>
        <translation>Application d&apos;entreprise</translation>
    </message>
    <message>
        <source>already exists (app id %1)</source>
        <translation>existe déjà (ID d&apos;application %1)</translation>
    </message>
    <message numerus="yes">
        <source>you choose one of %n existing apps</source>
        <translation>
            <numerusform>vous choisissez l&apos;application existante</numerusform>
            <numerusform>vous choisissez l&apos;une des %n applications existantes</numerusform>
        </translation>
    </message>
    <message>
        <source>application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>the Sign-in page URL you enter</source>
        <translation>l&apos;URL «&#xa0;Sign-in page URL&#xa0;» que vous saisissez</translation>
    </message>
    <message>
        <source>app role assignment</source>
        <translation>Attribution de rôle d&apos;application</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>you, for the sign-in test</source>
        <translation>vous, pour le test de connexion</translation>
    </message>
    <message>
        <source>SAML certificate</source>
        <translation>Certificat SAML</translation>
    </message>
    <message>
        <source>the new certificate file</source>
        <translation>le nouveau fichier de certificat</translation>
    </message>
    <message>
        <source>already uploaded and tested</source>
        <translation>déjà chargé et testé</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>«&#xa0;Enforce SAML Login&#xa0;»</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a setting that is not ticked</comment>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>on, after the sign-in test passed</source>
        <translation>activé, après la réussite du test de connexion</translation>
    </message>
    <message>
        <source>on</source>
        <comment>a setting that is ticked</comment>
        <translation>activé</translation>
    </message>
    <message>
        <source>the old certificate</source>
        <translation>l&apos;ancien certificat</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>provisioning job</source>
        <translation>Tâche d&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Insightly&apos;s provisioning template</source>
        <translation>Modèle d&apos;approvisionnement d&apos;Insightly</translation>
    </message>
    <message>
        <source>Test Connection (changes nothing)</source>
        <translation>Tester la connexion (ne modifie rien)</translation>
    </message>
    <message>
        <source>provisioning credentials</source>
        <translation>Informations d&apos;identification de l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>the SCIM endpoint you enter</source>
        <translation>le point de terminaison SCIM que vous saisissez</translation>
    </message>
    <message>
        <source>(the token you paste)</source>
        <translation>(le jeton que vous collez)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>démarré</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>each user or group you choose</source>
        <translation>chaque utilisateur ou groupe que vous choisissez</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step.</source>
        <translation>Connecte Insightly à Microsoft Entra ID&#xa0;: authentification unique SAML et approvisionnement des utilisateurs SCIM, étape par étape.</translation>
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
        <source>Microsoft Entra tenant: a domain or a tenant ID.</source>
        <translation>Locataire Microsoft Entra&#xa0;: un domaine ou un ID de locataire.</translation>
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
        <translation>Cloud Microsoft&#xa0;: global, usgov ou china.</translation>
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
        <source>Test Insightly&apos;s SCIM endpoint at URL from this computer and print each check, without the wizard. The token is read from the environment variable INSIGHTLY_SCIM_TOKEN or from standard input.</source>
        <translation>Tester depuis cet ordinateur le point de terminaison SCIM d&apos;Insightly à l&apos;adresse URL et afficher chaque vérification, sans l&apos;assistant. Le jeton est lu dans la variable d&apos;environnement INSIGHTLY_SCIM_TOKEN ou sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--probe-scim needs the SCIM endpoint URL Insightly shows.</source>
        <translation>--probe-scim nécessite l&apos;URL du point de terminaison SCIM affichée par Insightly.</translation>
    </message>
    <message>
        <source>--cloud must be global, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud doit valoir global, usgov ou china, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e, not &quot;%1&quot;.</source>
        <translation>--client-id doit être un ID d&apos;application (client) tel que 14d82eec-204b-4c2f-b7e8-296a70dab67e, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not &quot;%1&quot;.</source>
        <translation>--tenant doit être un domaine tel que contoso.onmicrosoft.com ou un ID de locataire, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--language takes a language code such as de or pt_BR, not &quot;%1&quot;.</source>
        <translation>--language attend un code de langue tel que de ou pt_BR, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Check the saved setup without a window, using the saved session (never prompts). Exit status: 0 healthy, 1 warning, 2 failing, 3 cannot tell.</source>
        <translation>Vérifier la configuration enregistrée sans fenêtre, avec la session enregistrée (ne demande jamais rien). Code de sortie&#xa0;: 0 sain, 1 avertissement, 2 en échec, 3 indéterminé.</translation>
    </message>
    <message>
        <source>With --check: print nothing when healthy, only the status and action otherwise.</source>
        <translation>Avec --check&#xa0;: ne rien afficher si tout est sain, sinon seulement l&apos;état et l&apos;action.</translation>
    </message>
    <message>
        <source>With --check: show a desktop notification when the setup is not healthy.</source>
        <translation>Avec --check&#xa0;: afficher une notification de bureau si la configuration n&apos;est pas saine.</translation>
    </message>
    <message>
        <source>With --check: warn when the SCIM token was saved more than DAYS days ago.</source>
        <translation>Avec --check&#xa0;: avertir si le jeton SCIM a été enregistré il y a plus de JOURS jours.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>--%1 only goes with --check.</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec --check.</translation>
    </message>
    <message>
        <source>--instance takes Insightly&apos;s Sign-in page URL or host name, not &quot;%1&quot;.</source>
        <translation>--instance attend la «&#xa0;Sign-in page URL&#xa0;» ou le nom d&apos;hôte d&apos;Insightly, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--max-token-age takes a number of days, not &quot;%1&quot;.</source>
        <translation>--max-token-age attend un nombre de jours, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes). The simulated world and what you set up in it are kept between runs in %1.</source>
        <translation>S&apos;exécuter sur un locataire et une instance Insightly simulés intégrés (aucune modification réelle). Le monde simulé et ce que vous y configurez sont conservés d&apos;une exécution à l&apos;autre dans %1.</translation>
    </message>
    <message>
        <source>With --demo: forget the kept simulated world and start a new one.</source>
        <translation>Avec --demo&#xa0;: oublier le monde simulé conservé et en commencer un nouveau.</translation>
    </message>
    <message>
        <source>--reset is only for the demo: use --demo --reset.</source>
        <translation>--reset ne sert qu&apos;à la démo&#xa0;: utilisez --demo --reset.</translation>
    </message>
    <message>
        <source>Open the wizard on this page of the setup named by --tenant and --instance: status, rotate-certificate or rotate-scim-token.</source>
        <translation>Ouvre l&apos;assistant sur cette page de la configuration désignée par --tenant et --instance&#xa0;: status, rotate-certificate ou rotate-scim-token.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>--open takes status, rotate-certificate or rotate-scim-token, not &quot;%1&quot;.</source>
        <translation>--open attend status, rotate-certificate ou rotate-scim-token, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>With --check or --plan: print JSON (schemas: docs/check-json-schema.md, docs/plan.md).</source>
        <translation>Avec --check ou --plan&#xa0;: afficher du JSON (schémas&#xa0;: docs/check-json-schema.md, docs/plan.md).</translation>
    </message>
    <message>
        <source>With --check, --plan or --open: the setup of this Insightly instance (its Sign-in page URL or host).</source>
        <translation>Avec --check, --plan ou --open : la configuration de cette instance Insightly (sa « Sign-in page URL » ou son hôte).</translation>
    </message>
    <message>
        <source>List what the setup would change in Entra and Insightly, read live, without changing anything (saved session, never prompts). Exit status: 0 the plan was read, 3 cannot tell.</source>
        <translation>Liste ce que la configuration modifierait dans Entra et Insightly, lu en direct, sans rien modifier (session enregistrée, ne demande jamais rien). Code de sortie&#xa0;: 0 plan lu, 3 indéterminé.</translation>
    </message>
    <message>
        <source>With --plan: the plan of a re-run instead of the whole setup: certificate or scim-token.</source>
        <translation>Avec --plan&#xa0;: le plan d&apos;une nouvelle exécution au lieu de toute la configuration&#xa0;: certificate ou scim-token.</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>nouvelle-exécution</translation>
    </message>
    <message>
        <source>Use either --check or --plan, not both.</source>
        <translation>Utilisez --check ou --plan, pas les deux.</translation>
    </message>
    <message>
        <source>--%1 only goes with --check or --plan.</source>
        <translation>--%1 ne s&apos;utilise qu&apos;avec --check ou --plan.</translation>
    </message>
    <message>
        <source>--rerun only goes with --plan.</source>
        <translation>--rerun ne s&apos;utilise qu&apos;avec --plan.</translation>
    </message>
    <message>
        <source>--rerun takes certificate or scim-token, not &quot;%1&quot;.</source>
        <translation>--rerun accepte certificate ou scim-token, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--open doesn&apos;t go with --check or --plan.</source>
        <translation>--open ne va pas avec --check ni avec --plan.</translation>
    </message>
    <message>
        <source>--instance only goes with --check, --plan or --open.</source>
        <translation>--instance ne va qu&apos;avec --check, --plan ou --open.</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Microsoft Entra hasn&apos;t finished creating the app or the user yet.</source>
        <translation>Microsoft Entra n&apos;a pas encore fini de créer l&apos;application ou l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The new object isn&apos;t visible on every directory replica yet.</source>
        <translation>Le nouvel objet n&apos;est pas encore visible sur tous les réplicas de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Wait a minute, then run this step again.</source>
        <translation>Patientez une minute, puis exécutez à nouveau cette étape.</translation>
    </message>
    <message>
        <source>Entra rejected the Reply URL.</source>
        <translation>Entra a refusé l&apos;URL de réponse.</translation>
    </message>
    <message>
        <source>It must be the exact https URL from Insightly, at most 256 characters, without spaces or symbols such as ! $ &apos; ( ) , ;</source>
        <translation>Elle doit être exactement l&apos;URL https d&apos;Insightly, de 256 caractères au plus, sans espaces ni symboles tels que ! $ &apos; ( ) , ;</translation>
    </message>
    <message>
        <source>Copy the Sign-in page URL from Insightly again and retry.</source>
        <translation>Copiez à nouveau la «&#xa0;Sign-in page URL&#xa0;» depuis Insightly et réessayez.</translation>
    </message>
    <message>
        <source>The role chosen for Insightly doesn&apos;t exist on this app.</source>
        <translation>Le rôle choisi pour Insightly n&apos;existe pas dans cette application.</translation>
    </message>
    <message>
        <source>The app role isn&apos;t defined or enabled on the Insightly app, or doesn&apos;t allow this kind of member.</source>
        <translation>Le rôle d&apos;application n&apos;est pas défini ou pas activé dans l&apos;application Insightly, ou n&apos;autorise pas ce type de membre.</translation>
    </message>
    <message>
        <source>Pick one of the app&apos;s roles (usually &apos;User&apos;), or use Default Access.</source>
        <translation>Choisissez l&apos;un des rôles de l&apos;application (généralement «&#xa0;User&#xa0;») ou utilisez «&#xa0;Accès par défaut&#xa0;».</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request.</source>
        <translation>Microsoft Graph a refusé la requête.</translation>
    </message>
    <message>
        <source>Some value sent by the wizard was not accepted.</source>
        <translation>Une valeur envoyée par l&apos;assistant n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>Check the values entered in this step and retry. If it keeps failing, report it with the request ID.</source>
        <translation>Vérifiez les valeurs saisies à cette étape et réessayez. Si l&apos;échec persiste, signalez-le avec l&apos;ID de requête.</translation>
    </message>
    <message>
        <source>Your account isn&apos;t allowed to do this.</source>
        <translation>Votre compte n&apos;est pas autorisé à effectuer cette opération.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the Entra role Cloud Application Administrator or Application Administrator, or the wizard&apos;s permissions were not approved.</source>
        <translation>Le compte connecté ne dispose pas du rôle Entra Administrateur d&apos;application cloud ou Administrateur d&apos;application, ou les autorisations de l&apos;assistant n&apos;ont pas été approuvées.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.
Make sure the wizard&apos;s permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) have been approved.</source>
        <translation>Connectez-vous en tant qu&apos;Administrateur d&apos;application cloud ou Administrateur d&apos;application.
Assurez-vous que les autorisations de l&apos;assistant (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) ont été approuvées.</translation>
    </message>
    <message>
        <source>Your sign-in is no longer accepted by Microsoft Graph.</source>
        <translation>Votre connexion n&apos;est plus acceptée par Microsoft Graph.</translation>
    </message>
    <message>
        <source>The access token expired, was issued for another service, or this computer&apos;s clock is wrong.</source>
        <translation>Le jeton d&apos;accès a expiré, a été émis pour un autre service, ou l&apos;horloge de cet ordinateur est incorrecte.</translation>
    </message>
    <message>
        <source>Please sign in again, and check this computer&apos;s date and time.</source>
        <translation>Reconnectez-vous et vérifiez la date et l&apos;heure de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your organization needs you to confirm your sign-in again.</source>
        <translation>Votre organisation vous demande de confirmer à nouveau votre connexion.</translation>
    </message>
    <message>
        <source>A Conditional Access or continuous access evaluation event requires a fresh sign-in.</source>
        <translation>Un événement d&apos;accès conditionnel ou d&apos;évaluation continue de l&apos;accès exige une nouvelle connexion.</translation>
    </message>
    <message>
        <source>Sign in again in the window that opens.</source>
        <translation>Reconnectez-vous dans la fenêtre qui s&apos;ouvre.</translation>
    </message>
    <message>
        <source>The object could not be found in Microsoft Entra.</source>
        <translation>L&apos;objet est introuvable dans Microsoft Entra.</translation>
    </message>
    <message>
        <source>It was created moments ago and hasn&apos;t replicated yet, or it was deleted.</source>
        <translation>Il a été créé il y a quelques instants et n&apos;est pas encore répliqué, ou il a été supprimé.</translation>
    </message>
    <message>
        <source>Wait a minute and retry. If it persists, restart the wizard from the &apos;Create app&apos; step.</source>
        <translation>Patientez une minute et réessayez. Si le problème persiste, relancez l&apos;assistant à partir de l&apos;étape «&#xa0;Créer l&apos;application&#xa0;».</translation>
    </message>
    <message>
        <source>Search failed due to an internal error.</source>
        <translation>La recherche a échoué en raison d&apos;une erreur interne.</translation>
    </message>
    <message>
        <source>Microsoft Graph didn&apos;t accept the search query.</source>
        <translation>Microsoft Graph n&apos;a pas accepté la requête de recherche.</translation>
    </message>
    <message>
        <source>Please report this problem with the request ID.</source>
        <translation>Signalez ce problème avec l&apos;ID de requête.</translation>
    </message>
    <message>
        <source>Entra refused Insightly&apos;s URL as Identifier.</source>
        <translation>Entra a refusé l&apos;URL d&apos;Insightly comme identificateur.</translation>
    </message>
    <message>
        <source>Your tenant&apos;s identifier-URI policy only allows verified domains for apps not yet in SAML mode.</source>
        <translation>La stratégie d&apos;URI d&apos;identificateur de votre locataire n&apos;autorise que les domaines vérifiés pour les applications qui ne sont pas encore en mode SAML.</translation>
    </message>
    <message>
        <source>Let the wizard set SAML mode first and retry after a minute. If it still fails, an admin must allow the URL (or exempt this app), or set the Identifier on the app&apos;s SAML page in the portal.</source>
        <translation>Laissez d&apos;abord l&apos;assistant définir le mode SAML et réessayez au bout d&apos;une minute. En cas de nouvel échec, un administrateur doit autoriser l&apos;URL (ou exempter cette application), ou définissez l&apos;identificateur sur la page SAML de l&apos;application dans le portail.</translation>
    </message>
    <message>
        <source>The Identifier can&apos;t end with &apos;/&apos; when it has no path.</source>
        <translation>L&apos;identificateur ne peut pas se terminer par «&#xa0;/&#xa0;» s&apos;il n&apos;a pas de chemin.</translation>
    </message>
    <message>
        <source>Entra rejects a bare host name with a trailing slash as Identifier.</source>
        <translation>Entra refuse comme identificateur un simple nom d&apos;hôte suivi d&apos;une barre oblique.</translation>
    </message>
    <message>
        <source>Paste the full Insightly Sign-in page URL.</source>
        <translation>Collez la «&#xa0;Sign-in page URL&#xa0;» complète d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Already assigned — nothing to do.</source>
        <translation>Déjà affecté — rien à faire.</translation>
    </message>
    <message>
        <source>This user or group already has this role on the app.</source>
        <translation>Cet utilisateur ou ce groupe a déjà ce rôle dans l&apos;application.</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>Aucune action n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>The half-created Insightly app can&apos;t be removed this way.</source>
        <translation>L&apos;application Insightly à moitié créée ne peut pas être supprimée de cette façon.</translation>
    </message>
    <message>
        <source>A SAML app created from the gallery can&apos;t be deleted through its service principal.</source>
        <translation>Une application SAML créée depuis la galerie ne peut pas être supprimée par son principal de service.</translation>
    </message>
    <message>
        <source>The wizard removes the application object instead; retry the cleanup.</source>
        <translation>L&apos;assistant supprime plutôt l&apos;objet application&#xa0;; relancez le nettoyage.</translation>
    </message>
    <message>
        <source>Your tenant (or your account) has reached its limit of directory objects.</source>
        <translation>Votre locataire (ou votre compte) a atteint sa limite d&apos;objets d&apos;annuaire.</translation>
    </message>
    <message>
        <source>Entra limits how many objects a tenant or a non-admin user may create.</source>
        <translation>Entra limite le nombre d&apos;objets qu&apos;un locataire ou un utilisateur non administrateur peut créer.</translation>
    </message>
    <message>
        <source>Delete unused app registrations, or ask an administrator to run the wizard.</source>
        <translation>Supprimez les inscriptions d&apos;applications inutilisées, ou demandez à un administrateur d&apos;exécuter l&apos;assistant.</translation>
    </message>
    <message>
        <source>Microsoft is rejecting requests from this tenant.</source>
        <translation>Microsoft refuse les requêtes de ce locataire.</translation>
    </message>
    <message>
        <source>The tenant keeps exceeding Microsoft Graph&apos;s limits.</source>
        <translation>Le locataire dépasse continuellement les limites de Microsoft Graph.</translation>
    </message>
    <message>
        <source>Contact Microsoft support.</source>
        <translation>Contactez le support Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft Graph asked the wizard to slow down.</source>
        <translation>Microsoft Graph a demandé à l&apos;assistant de ralentir.</translation>
    </message>
    <message>
        <source>The tenant&apos;s request or write quota for this app was exceeded.</source>
        <translation>Le quota de requêtes ou d&apos;écritures du locataire pour cette application a été dépassé.</translation>
    </message>
    <message>
        <source>The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.</source>
        <translation>L&apos;assistant reprend automatiquement après le délai demandé par Microsoft. S&apos;il s&apos;est arrêté, réessayez plus tard.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem.</source>
        <translation>Microsoft Graph a rencontré un problème temporaire.</translation>
    </message>
    <message>
        <source>The service failed or timed out on Microsoft&apos;s side.</source>
        <translation>Le service a échoué ou a expiré du côté de Microsoft.</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry.</source>
        <translation>Patientez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service couldn&apos;t reach Insightly&apos;s SCIM endpoint.</source>
        <translation>Le service d&apos;approvisionnement de Microsoft n&apos;a pas pu joindre le point de terminaison SCIM d&apos;Insightly.</translation>
    </message>
    <message>
        <source>The SCIM URL is wrong, SCIM is off in Insightly, or the endpoint isn&apos;t reachable from Microsoft&apos;s network.</source>
        <translation>L&apos;URL SCIM est incorrecte, SCIM est désactivé dans Insightly, ou le point de terminaison n&apos;est pas joignable depuis le réseau de Microsoft.</translation>
    </message>
    <message>
        <source>Check the SCIM endpoint URL copied from Insightly (System Settings → SAML and SCIM) and that SCIM is enabled there.
If Insightly restricts IP addresses, allow Microsoft&apos;s AzureActiveDirectory ranges.</source>
        <translation>Vérifiez l&apos;URL du point de terminaison SCIM copiée depuis Insightly (System Settings → SAML and SCIM) et que SCIM y est activé.
Si Insightly restreint les adresses IP, autorisez les plages AzureActiveDirectory de Microsoft.</translation>
    </message>
    <message>
        <source>Insightly didn&apos;t accept the Secret Token.</source>
        <translation>Insightly n&apos;a pas accepté le jeton secret.</translation>
    </message>
    <message>
        <source>The token was mistyped, has extra spaces, or was regenerated in Insightly.</source>
        <translation>Le jeton a été mal saisi, contient des espaces en trop, ou a été régénéré dans Insightly.</translation>
    </message>
    <message>
        <source>Copy the current SCIM token from Insightly (regenerating it cancels the old one), paste it, and test again.</source>
        <translation>Copiez le jeton SCIM actuel depuis Insightly (le régénérer annule l&apos;ancien), collez-le et testez à nouveau.</translation>
    </message>
    <message>
        <source>A user with this email already exists in Insightly but wasn&apos;t matched.</source>
        <translation>Un utilisateur avec cette adresse e-mail existe déjà dans Insightly, mais n&apos;a pas été mis en correspondance.</translation>
    </message>
    <message>
        <source>Microsoft&apos;s lookup by user name didn&apos;t find the existing Insightly user.</source>
        <translation>La recherche de Microsoft par nom d&apos;utilisateur n&apos;a pas trouvé l&apos;utilisateur Insightly existant.</translation>
    </message>
    <message>
        <source>Make the Insightly user&apos;s email equal to the Entra user name, or remove the duplicate.</source>
        <translation>Faites correspondre l&apos;adresse e-mail de l&apos;utilisateur Insightly au nom d&apos;utilisateur Entra, ou supprimez le doublon.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM answer wasn&apos;t in the expected format.</source>
        <translation>La réponse SCIM d&apos;Insightly n&apos;était pas au format attendu.</translation>
    </message>
    <message>
        <source>The SCIM address is wrong (e.g. &apos;/Users&apos; added) or a required field is empty.</source>
        <translation>L&apos;adresse SCIM est incorrecte (par ex. «&#xa0;/Users&#xa0;» ajouté) ou un champ obligatoire est vide.</translation>
    </message>
    <message>
        <source>Paste the SCIM endpoint exactly as Insightly shows it, and check the user&apos;s required fields.</source>
        <translation>Collez le point de terminaison SCIM exactement tel qu&apos;Insightly l&apos;affiche, et vérifiez les champs obligatoires de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Insightly refused the change.</source>
        <translation>Insightly a refusé la modification.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service answered with an error.</source>
        <translation>Le service SCIM d&apos;Insightly a répondu par une erreur.</translation>
    </message>
    <message>
        <source>See the details for Insightly&apos;s answer.</source>
        <translation>Consultez les détails pour la réponse d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Several users share the same matching value.</source>
        <translation>Plusieurs utilisateurs partagent la même valeur de correspondance.</translation>
    </message>
    <message>
        <source>There are probably duplicate users in Insightly or in Entra.</source>
        <translation>Il y a probablement des utilisateurs en double dans Insightly ou dans Entra.</translation>
    </message>
    <message>
        <source>Remove the duplicate, or choose a unique matching attribute.</source>
        <translation>Supprimez le doublon ou choisissez un attribut de correspondance unique.</translation>
    </message>
    <message>
        <source>Insightly denied the change.</source>
        <translation>Insightly a rejeté la modification.</translation>
    </message>
    <message>
        <source>The SCIM token stopped working or lacks rights.</source>
        <translation>Le jeton SCIM ne fonctionne plus ou n&apos;a pas les droits nécessaires.</translation>
    </message>
    <message>
        <source>Check that the SCIM token still works and belongs to an Insightly admin; regenerate and update it if needed.</source>
        <translation>Vérifiez que le jeton SCIM fonctionne toujours et appartient à un administrateur Insightly&#xa0;; régénérez-le et mettez-le à jour si nécessaire.</translation>
    </message>
    <message>
        <source>The access token was rejected.</source>
        <translation>Le jeton d&apos;accès a été refusé.</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The signed-in account lacks the needed Entra role or permission.</source>
        <translation>Le compte connecté ne dispose pas du rôle ou de l&apos;autorisation Entra nécessaire.</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.</source>
        <translation>Connectez-vous en tant qu&apos;Administrateur d&apos;application cloud ou Administrateur d&apos;application.</translation>
    </message>
    <message>
        <source>It may not have replicated yet, or it was deleted.</source>
        <translation>Il n&apos;est peut-être pas encore répliqué, ou il a été supprimé.</translation>
    </message>
    <message>
        <source>Wait a minute and retry.</source>
        <translation>Patientez une minute et réessayez.</translation>
    </message>
    <message>
        <source>Microsoft Entra reported a conflicting change.</source>
        <translation>Microsoft Entra a signalé une modification en conflit.</translation>
    </message>
    <message>
        <source>Another change to the same object is still being applied.</source>
        <translation>Une autre modification du même objet est encore en cours d&apos;application.</translation>
    </message>
    <message>
        <source>The service failed on Microsoft&apos;s side.</source>
        <translation>Le service a échoué du côté de Microsoft.</translation>
    </message>
    <message>
        <source>A gateway in front of it failed.</source>
        <translation>Une passerelle située devant lui a échoué.</translation>
    </message>
    <message>
        <source>The service is unavailable right now.</source>
        <translation>Le service est indisponible pour le moment.</translation>
    </message>
    <message>
        <source>The service took too long to answer.</source>
        <translation>Le service a mis trop de temps à répondre.</translation>
    </message>
    <message>
        <source>Microsoft sign-in doesn&apos;t know where to send you back.</source>
        <translation>La connexion Microsoft ne sait pas où vous renvoyer.</translation>
    </message>
    <message>
        <source>The redirect URI {redirectUri} is not registered on the sign-in app {clientId}.</source>
        <translation>L&apos;URI de redirection {redirectUri} n&apos;est pas inscrit dans l&apos;application de connexion {clientId}.</translation>
    </message>
    <message>
        <source>In App registrations → your app → Authentication, add {redirectUri} under Mobile and desktop applications.
Wait 3–5 minutes, then sign in again.</source>
        <translation>Dans Inscriptions d&apos;applications → votre application → Authentification, ajoutez {redirectUri} sous «&#xa0;Applications mobiles et de bureau&#xa0;».
Patientez 3 à 5 minutes, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Your organization hasn&apos;t approved the permissions this wizard needs.</source>
        <translation>Votre organisation n&apos;a pas approuvé les autorisations dont cet assistant a besoin.</translation>
    </message>
    <message>
        <source>The permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) were never granted to this sign-in app in this tenant.</source>
        <translation>Les autorisations (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) n&apos;ont jamais été accordées à cette application de connexion dans ce locataire.</translation>
    </message>
    <message>
        <source>Sign in as an administrator who can grant tenant-wide consent and tick Consent on behalf of your organization, or ask an admin to approve the app with this link: {consentUrl}</source>
        <translation>Connectez-vous en tant qu&apos;administrateur pouvant accorder un consentement à l&apos;échelle du locataire et cochez «&#xa0;Consentement au nom de votre organisation&#xa0;», ou demandez à un administrateur d&apos;approuver l&apos;application via ce lien&#xa0;: {consentUrl}</translation>
    </message>
    <message>
        <source>Only an administrator can approve these permissions.</source>
        <translation>Seul un administrateur peut approuver ces autorisations.</translation>
    </message>
    <message>
        <source>User consent is turned off in your tenant, or these permissions need admin consent.</source>
        <translation>Le consentement de l&apos;utilisateur est désactivé dans votre locataire, ou ces autorisations nécessitent le consentement administrateur.</translation>
    </message>
    <message>
        <source>Ask a Global, Privileged Role or Cloud Application Administrator to approve the app: {consentUrl}
Then sign in again.</source>
        <translation>Demandez à un Administrateur général, un Administrateur de rôle privilégié ou un Administrateur d&apos;application cloud d&apos;approuver l&apos;application&#xa0;: {consentUrl}
Puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in app is missing the basic &apos;User.Read&apos; permission.</source>
        <translation>Il manque à l&apos;application de connexion l&apos;autorisation de base «&#xa0;User.Read&#xa0;».</translation>
    </message>
    <message>
        <source>Its app registration doesn&apos;t ask for Microsoft Graph User.Read (Sign in and read user profile).</source>
        <translation>Son inscription d&apos;application ne demande pas Microsoft Graph User.Read (Se connecter et lire le profil utilisateur).</translation>
    </message>
    <message>
        <source>Add User.Read under API permissions of the app registration and grant consent.</source>
        <translation>Ajoutez User.Read sous «&#xa0;Autorisations d&apos;API&#xa0;» de l&apos;inscription d&apos;application et accordez le consentement.</translation>
    </message>
    <message>
        <source>You declined the permission request.</source>
        <translation>Vous avez refusé la demande d&apos;autorisation.</translation>
    </message>
    <message>
        <source>The permissions screen was cancelled, so the wizard can&apos;t continue.</source>
        <translation>L&apos;écran des autorisations a été annulé&#xa0;; l&apos;assistant ne peut donc pas continuer.</translation>
    </message>
    <message>
        <source>Start sign-in again and accept, or ask an admin to approve the app for everyone.</source>
        <translation>Relancez la connexion et acceptez, ou demandez à un administrateur d&apos;approuver l&apos;application pour tout le monde.</translation>
    </message>
    <message>
        <source>The built-in sign-in app isn&apos;t allowed to request this access.</source>
        <translation>L&apos;application de connexion intégrée n&apos;est pas autorisée à demander cet accès.</translation>
    </message>
    <message>
        <source>Microsoft has not pre-authorized its own client app for this API.</source>
        <translation>Microsoft n&apos;a pas pré-autorisé sa propre application cliente pour cette API.</translation>
    </message>
    <message>
        <source>In Settings, enter your own app registration&apos;s client ID.</source>
        <translation>Dans les paramètres, saisissez l&apos;ID client de votre propre inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication.</source>
        <translation>Votre organisation exige l&apos;authentification multifacteur.</translation>
    </message>
    <message>
        <source>A Conditional Access policy or per-user MFA asks for a second factor, which wasn&apos;t completed.</source>
        <translation>Une stratégie d&apos;accès conditionnel ou l&apos;authentification multifacteur par utilisateur demande un second facteur, qui n&apos;a pas été fourni.</translation>
    </message>
    <message>
        <source>Complete (approve) the extra verification in the sign-in window. If this appeared while the wizard was reconnecting, just sign in again.</source>
        <translation>Effectuez (approuvez) la vérification supplémentaire dans la fenêtre de connexion. Si cela est apparu pendant que l&apos;assistant se reconnectait, reconnectez-vous simplement.</translation>
    </message>
    <message>
        <source>Your account must register a verification method first.</source>
        <translation>Votre compte doit d&apos;abord inscrire une méthode de vérification.</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication, and no method is registered for this account.</source>
        <translation>Votre organisation exige l&apos;authentification multifacteur, et aucune méthode n&apos;est inscrite pour ce compte.</translation>
    </message>
    <message>
        <source>Follow the registration prompt in the sign-in window, or register on the Security info page, then retry.</source>
        <translation>Suivez l&apos;invite d&apos;inscription dans la fenêtre de connexion, ou inscrivez-vous sur la page «&#xa0;Informations de sécurité&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <source>Sign-in was blocked by your organization&apos;s access policy.</source>
        <translation>La connexion a été bloquée par la stratégie d&apos;accès de votre organisation.</translation>
    </message>
    <message>
        <source>A Conditional Access policy, a security policy or Security Defaults blocks this user, app, location or sign-in method.</source>
        <translation>Une stratégie d&apos;accès conditionnel, une stratégie de sécurité ou les paramètres de sécurité par défaut bloquent cet utilisateur, cette application, cet emplacement ou cette méthode de connexion.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser and try again.
If it is still blocked, an admin can open Entra → Sign-in logs, find this attempt by its correlation ID and check the Conditional Access tab.</source>
        <translation>Choisissez «&#xa0;Se connecter avec le navigateur système&#xa0;» et réessayez.
Si la connexion est toujours bloquée, un administrateur peut ouvrir Entra → Journaux de connexion, retrouver cette tentative grâce à son ID de corrélation et consulter l&apos;onglet «&#xa0;Accès conditionnel&#xa0;».</translation>
    </message>
    <message>
        <source>Your organization only accepts sign-ins from managed devices through a supported browser.</source>
        <translation>Votre organisation n&apos;accepte que les connexions depuis des appareils gérés, via un navigateur pris en charge.</translation>
    </message>
    <message>
        <source>The wizard&apos;s built-in sign-in window can&apos;t prove this device is compliant.</source>
        <translation>La fenêtre de connexion intégrée de l&apos;assistant ne peut pas prouver que cet appareil est conforme.</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser, or run the wizard on a compliant, enrolled device.</source>
        <translation>Choisissez «&#xa0;Se connecter avec le navigateur système&#xa0;», ou exécutez l&apos;assistant sur un appareil conforme et inscrit.</translation>
    </message>
    <message>
        <source>This tenant&apos;s device rules don&apos;t trust your home organization&apos;s devices.</source>
        <translation>Les règles d&apos;appareils de ce locataire ne font pas confiance aux appareils de votre organisation d&apos;origine.</translation>
    </message>
    <message>
        <source>You are signing in as a guest, and cross-tenant trust of device compliance is not configured.</source>
        <translation>Vous vous connectez en tant qu&apos;invité, et l&apos;approbation interlocataire de la conformité des appareils n&apos;est pas configurée.</translation>
    </message>
    <message>
        <source>Use an account that is a member of this tenant, or ask its admin to configure cross-tenant trust.</source>
        <translation>Utilisez un compte membre de ce locataire, ou demandez à son administrateur de configurer l&apos;approbation interlocataire.</translation>
    </message>
    <message>
        <source>The sign-in app {clientId} isn&apos;t known in tenant {tenant}.</source>
        <translation>L&apos;application de connexion {clientId} est inconnue dans le locataire {tenant}.</translation>
    </message>
    <message>
        <source>The client ID is mistyped, the app was deleted, or it is a single-tenant app of another tenant.</source>
        <translation>L&apos;ID client est mal saisi, l&apos;application a été supprimée, ou il s&apos;agit d&apos;une application monolocataire d&apos;un autre locataire.</translation>
    </message>
    <message>
        <source>Check the client ID and tenant in Settings, register the app in this tenant, or make it multi-tenant.</source>
        <translation>Vérifiez l&apos;ID client et le locataire dans les paramètres, inscrivez l&apos;application dans ce locataire, ou rendez-la multilocataire.</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app, but the wizard is a desktop app.</source>
        <translation>L&apos;inscription d&apos;application est configurée comme application web, mais l&apos;assistant est une application de bureau.</translation>
    </message>
    <message>
        <source>Entra expects a client secret because the redirect URI is registered under Web, or public client flows are off.</source>
        <translation>Entra attend un secret client, car l&apos;URI de redirection est inscrit sous «&#xa0;Web&#xa0;» ou les flux de clients publics sont désactivés.</translation>
    </message>
    <message>
        <source>Register the redirect URI under Mobile and desktop applications, and set Allow public client flows = Yes.</source>
        <translation>Inscrivez l&apos;URI de redirection sous «&#xa0;Applications mobiles et de bureau&#xa0;», et définissez «&#xa0;Autoriser les flux de clients publics&#xa0;» sur «&#xa0;Oui&#xa0;».</translation>
    </message>
    <message>
        <source>Internal configuration error: the desktop client sent a secret.</source>
        <translation>Erreur de configuration interne&#xa0;: le client de bureau a envoyé un secret.</translation>
    </message>
    <message>
        <source>A public client must not send a client secret or assertion.</source>
        <translation>Un client public ne doit envoyer ni secret client ni assertion.</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>Signalez ce problème.</translation>
    </message>
    <message>
        <source>This sign-in app only works with a specific tenant.</source>
        <translation>Cette application de connexion ne fonctionne qu&apos;avec un locataire précis.</translation>
    </message>
    <message>
        <source>It is a single-tenant app, and the wizard used &apos;common&apos; or &apos;organizations&apos;.</source>
        <translation>C&apos;est une application monolocataire, et l&apos;assistant a utilisé «&#xa0;common&#xa0;» ou «&#xa0;organizations&#xa0;».</translation>
    </message>
    <message>
        <source>Enter your tenant ID or domain in the wizard, then sign in again.</source>
        <translation>Saisissez l&apos;ID ou le domaine de votre locataire dans l&apos;assistant, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The account you used isn&apos;t part of {tenant}.</source>
        <translation>Le compte utilisé ne fait pas partie de {tenant}.</translation>
    </message>
    <message>
        <source>It is a personal account, an account of another tenant, or the user name is mistyped.</source>
        <translation>Il s&apos;agit d&apos;un compte personnel, d&apos;un compte d&apos;un autre locataire, ou le nom d&apos;utilisateur est mal saisi.</translation>
    </message>
    <message>
        <source>Sign out and use your work account from that organization (it also needs an admin role there).</source>
        <translation>Déconnectez-vous et utilisez votre compte professionnel de cette organisation (il doit aussi y avoir un rôle d&apos;administrateur).</translation>
    </message>
    <message>
        <source>Your external account can&apos;t complete this tenant&apos;s verification.</source>
        <translation>Votre compte externe ne peut pas effectuer la vérification de ce locataire.</translation>
    </message>
    <message>
        <source>A guest account cannot satisfy this tenant&apos;s multifactor authentication.</source>
        <translation>Un compte invité ne peut pas satisfaire à l&apos;authentification multifacteur de ce locataire.</translation>
    </message>
    <message>
        <source>Use a member account of the tenant.</source>
        <translation>Utilisez un compte membre du locataire.</translation>
    </message>
    <message>
        <source>Your network or a cross-tenant policy doesn&apos;t allow signing in to {tenant} with this account.</source>
        <translation>Votre réseau ou une stratégie interlocataire n&apos;autorise pas la connexion à {tenant} avec ce compte.</translation>
    </message>
    <message>
        <source>Tenant restrictions on your network, or a cross-tenant access policy, block this tenant.</source>
        <translation>Des restrictions de locataire sur votre réseau, ou une stratégie d&apos;accès interlocataire, bloquent ce locataire.</translation>
    </message>
    <message>
        <source>Ask your IT team to allow that tenant, or use a member account of the target tenant or another network.</source>
        <translation>Demandez à votre équipe informatique d&apos;autoriser ce locataire, ou utilisez un compte membre du locataire cible ou un autre réseau.</translation>
    </message>
    <message>
        <source>As a partner admin you can only use apps the customer tenant has approved.</source>
        <translation>En tant qu&apos;administrateur partenaire, vous ne pouvez utiliser que les applications approuvées par le locataire client.</translation>
    </message>
    <message>
        <source>The sign-in app has no consent in the customer tenant.</source>
        <translation>L&apos;application de connexion n&apos;a pas de consentement dans le locataire client.</translation>
    </message>
    <message>
        <source>Have a customer admin consent to the wizard&apos;s app first: {consentUrl}</source>
        <translation>Faites d&apos;abord consentir un administrateur du client à l&apos;application de l&apos;assistant&#xa0;: {consentUrl}</translation>
    </message>
    <message>
        <source>User name or password is incorrect.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Microsoft didn&apos;t accept the credentials entered.</source>
        <translation>Microsoft n&apos;a pas accepté les informations d&apos;identification saisies.</translation>
    </message>
    <message>
        <source>Try again or reset your password.</source>
        <translation>Réessayez ou réinitialisez votre mot de passe.</translation>
    </message>
    <message>
        <source>The account is locked, blocked from this network, has an expired password, or is disabled.</source>
        <translation>Le compte est verrouillé, bloqué depuis ce réseau, a un mot de passe expiré ou est désactivé.</translation>
    </message>
    <message>
        <source>Too many failed attempts, a flagged IP address, an expired password or a disabled account.</source>
        <translation>Trop de tentatives infructueuses, une adresse IP signalée, un mot de passe expiré ou un compte désactivé.</translation>
    </message>
    <message>
        <source>Wait and retry, reset the password, or ask an admin to re-enable the account. An admin sees the exact reason in the Sign-in logs.</source>
        <translation>Patientez et réessayez, réinitialisez le mot de passe, ou demandez à un administrateur de réactiver le compte. Un administrateur voit la raison exacte dans les journaux de connexion.</translation>
    </message>
    <message>
        <source>You aren&apos;t assigned to the sign-in app used by this wizard.</source>
        <translation>Vous n&apos;êtes pas affecté à l&apos;application de connexion utilisée par cet assistant.</translation>
    </message>
    <message>
        <source>Assignment required is on for the app, and your account isn&apos;t assigned to it.</source>
        <translation>«&#xa0;Affectation requise&#xa0;?&#xa0;» est activé pour l&apos;application, et votre compte n&apos;y est pas affecté.</translation>
    </message>
    <message>
        <source>Add your account under Enterprise applications → the sign-in app → Users and groups, or turn off Assignment required.</source>
        <translation>Ajoutez votre compte sous Applications d&apos;entreprise → l&apos;application de connexion → Utilisateurs et groupes, ou désactivez «&#xa0;Affectation requise&#xa0;?&#xa0;».</translation>
    </message>
    <message>
        <source>The requested Microsoft service isn&apos;t available in this tenant.</source>
        <translation>Le service Microsoft demandé n&apos;est pas disponible dans ce locataire.</translation>
    </message>
    <message>
        <source>The tenant or the cloud (commercial, US Government, China) in Settings is probably wrong.</source>
        <translation>Le locataire ou le cloud (commercial, US Government, Chine) indiqué dans les paramètres est probablement incorrect.</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud in Settings, then sign in again.</source>
        <translation>Vérifiez le locataire et le cloud dans les paramètres, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Tenant {tenant} wasn&apos;t found.</source>
        <translation>Le locataire {tenant} est introuvable.</translation>
    </message>
    <message>
        <source>The tenant name is mistyped, not registered, or in another cloud.</source>
        <translation>Le nom du locataire est mal saisi, non inscrit, ou dans un autre cloud.</translation>
    </message>
    <message>
        <source>Enter the tenant ID (GUID) or a verified domain.</source>
        <translation>Saisissez l&apos;ID du locataire (GUID) ou un domaine vérifié.</translation>
    </message>
    <message>
        <source>Internal request error (invalid scope).</source>
        <translation>Erreur de requête interne (étendue non valide).</translation>
    </message>
    <message>
        <source>Microsoft rejected the permissions the wizard asked for.</source>
        <translation>Microsoft a refusé les autorisations demandées par l&apos;assistant.</translation>
    </message>
    <message>
        <source>Please report this problem with the correlation ID.</source>
        <translation>Signalez ce problème avec l&apos;ID de corrélation.</translation>
    </message>
    <message>
        <source>Your sign-in took too long or the saved session is no longer valid.</source>
        <translation>Votre connexion a pris trop de temps, ou la session enregistrée n&apos;est plus valide.</translation>
    </message>
    <message>
        <source>The sign-in code expired or the saved sign-in was revoked.</source>
        <translation>Le code de connexion a expiré, ou la connexion enregistrée a été révoquée.</translation>
    </message>
    <message>
        <source>Sign-in was interrupted by an internal error.</source>
        <translation>La connexion a été interrompue par une erreur interne.</translation>
    </message>
    <message>
        <source>The sign-in answer didn&apos;t belong to this sign-in attempt, or was used twice.</source>
        <translation>La réponse de connexion n&apos;appartenait pas à cette tentative de connexion, ou a été utilisée deux fois.</translation>
    </message>
    <message>
        <source>Please start sign-in again. If it happens again, report it with the correlation ID.</source>
        <translation>Relancez la connexion. Si cela se reproduit, signalez-le avec l&apos;ID de corrélation.</translation>
    </message>
    <message>
        <source>Your saved sign-in expired because the wizard wasn&apos;t used for a long time.</source>
        <translation>Votre connexion enregistrée a expiré, car l&apos;assistant n&apos;a pas été utilisé depuis longtemps.</translation>
    </message>
    <message>
        <source>The saved refresh token expired after a long period without use.</source>
        <translation>Le jeton d&apos;actualisation enregistré a expiré après une longue période d&apos;inutilisation.</translation>
    </message>
    <message>
        <source>Your saved sign-in was cancelled.</source>
        <translation>Votre connexion enregistrée a été annulée.</translation>
    </message>
    <message>
        <source>The password was changed or an admin revoked your sessions.</source>
        <translation>Le mot de passe a été modifié, ou un administrateur a révoqué vos sessions.</translation>
    </message>
    <message>
        <source>Your organization requires you to confirm your sign-in again.</source>
        <translation>Votre organisation vous demande de confirmer à nouveau votre connexion.</translation>
    </message>
    <message>
        <source>The saved sign-in can&apos;t be renewed silently (sign-in frequency, expired MFA or a password change).</source>
        <translation>La connexion enregistrée ne peut pas être renouvelée en arrière-plan (fréquence de connexion, authentification multifacteur expirée ou changement de mot de passe).</translation>
    </message>
    <message>
        <source>Consent for the sign-in app is missing in this tenant.</source>
        <translation>Le consentement pour l&apos;application de connexion manque dans ce locataire.</translation>
    </message>
    <message>
        <source>Sign in as an administrator and grant consent, or ask an admin to approve the app: {consentUrl}</source>
        <translation>Connectez-vous en tant qu&apos;administrateur et accordez le consentement, ou demandez à un administrateur d&apos;approuver l&apos;application&#xa0;: {consentUrl}</translation>
    </message>
    <message>
        <source>Microsoft couldn&apos;t use the sign-in response.</source>
        <translation>Microsoft n&apos;a pas pu utiliser la réponse de connexion.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed or a saved value was damaged.</source>
        <translation>La requête de connexion était mal formée, ou une valeur enregistrée était endommagée.</translation>
    </message>
    <message>
        <source>Start sign-in again. If it keeps failing, send the correlation ID to support.</source>
        <translation>Relancez la connexion. Si l&apos;échec persiste, envoyez l&apos;ID de corrélation au support.</translation>
    </message>
    <message>
        <source>Too many repeated sign-in requests.</source>
        <translation>Trop de requêtes de connexion répétées.</translation>
    </message>
    <message>
        <source>Microsoft detected a sign-in loop.</source>
        <translation>Microsoft a détecté une boucle de connexion.</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>Patientez quelques minutes et réessayez.</translation>
    </message>
    <message>
        <source>Microsoft sign-in is temporarily busy.</source>
        <translation>La connexion Microsoft est temporairement surchargée.</translation>
    </message>
    <message>
        <source>The sign-in service had a transient problem.</source>
        <translation>Le service de connexion a rencontré un problème passager.</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The sign-in app is disabled in your tenant.</source>
        <translation>L&apos;application de connexion est désactivée dans votre locataire.</translation>
    </message>
    <message>
        <source>Its enterprise application is not enabled for users to sign in.</source>
        <translation>Son application d&apos;entreprise n&apos;est pas activée pour la connexion des utilisateurs.</translation>
    </message>
    <message>
        <source>Re-enable it in Enterprise applications → the app → Properties → Enabled for users to sign in.</source>
        <translation>Réactivez-la dans Applications d&apos;entreprise → l&apos;application → Propriétés → «&#xa0;Activé pour que les utilisateurs se connectent&#xa0;».</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid.</source>
        <translation>Votre connexion n&apos;est plus valide.</translation>
    </message>
    <message>
        <source>The sign-in code or the saved session was rejected by Microsoft.</source>
        <translation>Le code de connexion ou la session enregistrée a été refusé par Microsoft.</translation>
    </message>
    <message>
        <source>Sign-in with a code was declined.</source>
        <translation>La connexion avec un code a été refusée.</translation>
    </message>
    <message>
        <source>The code sign-in was refused on the other device.</source>
        <translation>La connexion par code a été refusée sur l&apos;autre appareil.</translation>
    </message>
    <message>
        <source>Start sign-in again and approve it.</source>
        <translation>Relancez la connexion et approuvez-la.</translation>
    </message>
    <message>
        <source>The sign-in code expired.</source>
        <translation>Le code de connexion a expiré.</translation>
    </message>
    <message>
        <source>It wasn&apos;t entered within its validity (about 15 minutes).</source>
        <translation>Il n&apos;a pas été saisi pendant sa durée de validité (environ 15 minutes).</translation>
    </message>
    <message>
        <source>Get a new code and enter it.</source>
        <translation>Obtenez un nouveau code et saisissez-le.</translation>
    </message>
    <message>
        <source>The sign-in code wasn&apos;t recognized.</source>
        <translation>Le code de connexion n&apos;a pas été reconnu.</translation>
    </message>
    <message>
        <source>The code entered doesn&apos;t match the one shown.</source>
        <translation>Le code saisi ne correspond pas à celui affiché.</translation>
    </message>
    <message>
        <source>Get a new code and enter it exactly as shown.</source>
        <translation>Obtenez un nouveau code et saisissez-le exactement tel qu&apos;il est affiché.</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>En attente de la saisie du code…</translation>
    </message>
    <message>
        <source>Sign-in on the other device isn&apos;t finished yet.</source>
        <translation>La connexion sur l&apos;autre appareil n&apos;est pas encore terminée.</translation>
    </message>
    <message>
        <source>Enter the code shown and sign in.</source>
        <translation>Saisissez le code affiché et connectez-vous.</translation>
    </message>
    <message>
        <source>Sign-in returned to an unexpected address.</source>
        <translation>La connexion est revenue à une adresse inattendue.</translation>
    </message>
    <message>
        <source>The answer didn&apos;t come back to the wizard&apos;s redirect URI.</source>
        <translation>La réponse n&apos;est pas revenue à l&apos;URI de redirection de l&apos;assistant.</translation>
    </message>
    <message>
        <source>Please start sign-in again.</source>
        <translation>Relancez la connexion.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach Microsoft.</source>
        <translation>L&apos;assistant n&apos;a pas pu joindre Microsoft.</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach %1.</source>
        <translation>L&apos;assistant n&apos;a pas pu joindre %1.</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>La connexion a échoué : %1.</translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings, then retry.</source>
        <translation>Vérifiez votre connexion réseau et vos paramètres de proxy, puis réessayez.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1.</source>
        <translation>Microsoft Graph a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>Retry the step. If it keeps failing, send the diagnostics (with the request ID) to support.</source>
        <translation>Relancez l&apos;étape. Si l&apos;échec persiste, envoyez les diagnostics (avec l&apos;ID de la demande) au support.</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Microsoft sign-in.</source>
        <translation>Impossible de joindre la connexion Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation>La connexion Microsoft a échoué.</translation>
    </message>
    <message>
        <source>Microsoft returned an error the wizard doesn&apos;t know.</source>
        <translation>Microsoft a renvoyé une erreur que l&apos;assistant ne connaît pas.</translation>
    </message>
    <message>
        <source>Try signing in again. If it keeps failing, send the diagnostics (with the correlation ID) to support.</source>
        <translation>Reconnectez-vous. Si l&apos;échec persiste, envoyez les diagnostics (avec l&apos;ID de corrélation) au support.</translation>
    </message>
</context>
<context>
    <name>FederationMetadata</name>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates), or use &quot;Certificate (Base64)&quot; instead.</source>
        <translation>Téléchargez à nouveau le «&#xa0;XML de métadonnées de fédération&#xa0;» depuis l&apos;application Insightly SAML dans Entra («&#xa0;Authentification unique&#xa0;», «&#xa0;Certificats SAML&#xa0;»), ou utilisez plutôt le «&#xa0;Certificat (Base64)&#xa0;».</translation>
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
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The metadata file is damaged.</source>
        <translation>Le fichier de métadonnées est endommagé.</translation>
    </message>
    <message>
        <source>It is not well-formed XML (%1); it may have been cut off or edited.</source>
        <translation>Ce n&apos;est pas du XML bien formé (%1)&#xa0;; il a peut-être été tronqué ou modifié.</translation>
    </message>
    <message>
        <source>The metadata holds no SAML signing certificate.</source>
        <translation>Les métadonnées ne contiennent aucun certificat de signature SAML.</translation>
    </message>
    <message>
        <source>It has no &lt;KeyDescriptor use=&quot;signing&quot;&gt; under &lt;IDPSSODescriptor&gt;.</source>
        <translation>Elles n&apos;ont pas de &lt;KeyDescriptor use=&quot;signing&quot;&gt; sous &lt;IDPSSODescriptor&gt;.</translation>
    </message>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates).</source>
        <translation>Téléchargez à nouveau le «&#xa0;XML de métadonnées de fédération&#xa0;» depuis l&apos;application Insightly SAML dans Entra («&#xa0;Authentification unique&#xa0;», «&#xa0;Certificats SAML&#xa0;»).</translation>
    </message>
    <message>
        <source>The metadata file</source>
        <translation>Le fichier de métadonnées</translation>
    </message>
    <message>
        <source>The metadata file can&apos;t be read.</source>
        <translation>Le fichier de métadonnées ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Its text isn&apos;t UTF-8, and it names no other encoding: it was probably converted or damaged after the download.</source>
        <translation>Son texte n&apos;est pas en UTF-8 et il n&apos;indique aucun autre encodage&#xa0;: il a probablement été converti ou endommagé après le téléchargement.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does; the wizard doesn&apos;t read such files.</source>
        <translation>Il déclare un type de document (DTD), ce que des métadonnées ne font jamais&#xa0;; l&apos;assistant ne lit pas de tels fichiers.</translation>
    </message>
    <message>
        <source>An element in it has far more attributes than metadata ever has.</source>
        <translation>Un de ses éléments a bien plus d&apos;attributs que des métadonnées n&apos;en ont jamais.</translation>
    </message>
    <message>
        <source>Its elements nest far deeper than metadata ever does.</source>
        <translation>Ses éléments sont imbriqués bien plus profondément que dans des métadonnées.</translation>
    </message>
    <message>
        <source>It has far more elements than metadata ever has.</source>
        <translation>Il contient bien plus d&apos;éléments que des métadonnées n&apos;en ont jamais.</translation>
    </message>
</context>
<context>
    <name>GalleryApplication</name>
    <message>
        <source>Waiting for Microsoft Entra to finish creating the application… seen %1 of %2 times</source>
        <translation>Attente de la fin de la création de l&apos;application par Microsoft Entra… vue %1 fois sur %2</translation>
    </message>
    <message>
        <source>Microsoft Entra did not finish creating the application in time.</source>
        <translation>Microsoft Entra n&apos;a pas fini de créer l&apos;application à temps.</translation>
    </message>
    <message>
        <source>The new application was not readable consistently (replication).</source>
        <translation>La nouvelle application n&apos;était pas lisible de manière cohérente (réplication).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the same application instead of creating another.</source>
        <translation>Patientez quelques minutes et exécutez à nouveau cette étape&#xa0;; elle reprend avec la même application au lieu d&apos;en créer une autre.</translation>
    </message>
    <message>
        <source>Looking for an Insightly SAML application made earlier…</source>
        <translation>Recherche d&apos;une application Insightly SAML créée précédemment…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist; choose the one to use.</source>
        <translation>Plusieurs applications Insightly SAML existent&#xa0;; choisissez celle à utiliser.</translation>
    </message>
    <message>
        <source>Adding Insightly SAML from the gallery…</source>
        <translation>Ajout d&apos;Insightly SAML depuis la galerie…</translation>
    </message>
    <message>
        <source>Insightly SAML was added; waiting for Microsoft Entra to finish creating it…</source>
        <translation>Insightly SAML a été ajoutée&#xa0;; attente de la fin de sa création par Microsoft Entra…</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer; checking whether the application was added…</source>
        <translation>Microsoft Entra n&apos;a pas répondu&#xa0;; vérification de l&apos;ajout de l&apos;application…</translation>
    </message>
    <message>
        <source>Insightly SAML could not be added.</source>
        <translation>Insightly SAML n&apos;a pas pu être ajoutée.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer the request to add the application.</source>
        <translation>Microsoft Entra n&apos;a pas répondu à la requête d&apos;ajout de l&apos;application.</translation>
    </message>
    <message>
        <source>Check the network connection and run this step again; the wizard first looks for an application that may have been added.</source>
        <translation>Vérifiez la connexion réseau et exécutez à nouveau cette étape&#xa0;; l&apos;assistant recherche d&apos;abord une application qui aurait pu être ajoutée.</translation>
    </message>
    <message>
        <source>The application object of Insightly SAML was not found.</source>
        <translation>L&apos;objet application d&apos;Insightly SAML est introuvable.</translation>
    </message>
    <message>
        <source>Microsoft Entra lists the enterprise application but not its application registration.</source>
        <translation>Microsoft Entra répertorie l&apos;application d&apos;entreprise, mais pas son inscription d&apos;application.</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again.</source>
        <translation>Patientez quelques minutes et exécutez à nouveau cette étape.</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to list the application…</source>
        <translation>Attente de l&apos;apparition de l&apos;application dans Microsoft Entra…</translation>
    </message>
    <message>
        <source>Using the existing Insightly SAML application.</source>
        <translation>Utilisation de l&apos;application Insightly SAML existante.</translation>
    </message>
    <message>
        <source>Looking for the Insightly SAML application of the existing setup…</source>
        <translation>Recherche de l&apos;application Insightly SAML de la configuration existante…</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>Aucune application Insightly SAML n&apos;a été trouvée dans ce locataire.</translation>
    </message>
    <message>
        <source>No enterprise application made from the Insightly SAML gallery entry exists, so there is no setup to work on.</source>
        <translation>Il n&apos;existe aucune application d&apos;entreprise créée à partir de l&apos;entrée Insightly SAML de la galerie&#xa0;: il n&apos;y a donc aucune configuration sur laquelle travailler.</translation>
    </message>
    <message>
        <source>Check that you signed in to the right tenant, or run a new setup first.</source>
        <translation>Vérifiez que vous vous êtes connecté au bon locataire, ou effectuez d&apos;abord une nouvelle configuration.</translation>
    </message>
</context>
<context>
    <name>GalleryLookup</name>
    <message>
        <source>Looking for the application from the last run…</source>
        <translation>Recherche de l&apos;application de la dernière exécution…</translation>
    </message>
    <message>
        <source>Looking for Insightly SAML in the Microsoft Entra gallery…</source>
        <translation>Recherche d&apos;Insightly SAML dans la galerie Microsoft Entra…</translation>
    </message>
    <message>
        <source>Insightly SAML was not found in the Microsoft Entra application gallery.</source>
        <translation>Insightly SAML est introuvable dans la galerie d&apos;applications Microsoft Entra.</translation>
    </message>
    <message>
        <source>The gallery returned no application named &quot;Insightly SAML&quot;. The older &quot;Insightly&quot; entry offers only linked sign-on and cannot be used for SAML and provisioning.</source>
        <translation>La galerie n&apos;a renvoyé aucune application nommée «&#xa0;Insightly SAML&#xa0;». L&apos;ancienne entrée «&#xa0;Insightly&#xa0;» ne propose que l&apos;authentification unique liée et ne peut pas servir pour SAML et l&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Check in the Entra admin center (Enterprise applications &gt; New application) that &quot;Insightly SAML&quot; is listed, then run this step again.</source>
        <translation>Vérifiez dans le centre d&apos;administration Microsoft Entra (Applications d&apos;entreprise &gt; Nouvelle application) que «&#xa0;Insightly SAML&#xa0;» figure dans la liste, puis exécutez à nouveau cette étape.</translation>
    </message>
    <message>
        <source>The Microsoft Entra gallery lists Insightly SAML more than once.</source>
        <translation>La galerie Microsoft Entra répertorie Insightly SAML plusieurs fois.</translation>
    </message>
    <message numerus="yes">
        <source>%n gallery applications are named &quot;Insightly SAML&quot;; the wizard cannot tell which one is right.</source>
        <translation>
            <numerusform>%n application de la galerie est nommée «&#xa0;Insightly SAML&#xa0;»&#xa0;; l&apos;assistant ne peut pas déterminer laquelle est la bonne.</numerusform>
            <numerusform>%n applications de la galerie sont nommées «&#xa0;Insightly SAML&#xa0;»&#xa0;; l&apos;assistant ne peut pas déterminer laquelle est la bonne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Insightly SAML by hand in the Entra admin center, then run the wizard again: it finds the application you added.</source>
        <translation>Ajoutez Insightly SAML manuellement dans le centre d&apos;administration Microsoft Entra, puis relancez l&apos;assistant&#xa0;: il trouvera l&apos;application que vous avez ajoutée.</translation>
    </message>
    <message>
        <source>The Insightly SAML gallery application does not offer what the wizard needs.</source>
        <translation>L&apos;application Insightly SAML de la galerie n&apos;offre pas ce dont l&apos;assistant a besoin.</translation>
    </message>
    <message>
        <source>It must support SAML single sign-on and automatic provisioning (SCIM); Entra lists sign-on modes &quot;%1&quot; and provisioning types &quot;%2&quot;.</source>
        <translation>Elle doit prendre en charge l&apos;authentification unique SAML et l&apos;approvisionnement automatique (SCIM)&#xa0;; Entra indique les modes d&apos;authentification «&#xa0;%1&#xa0;» et les types d&apos;approvisionnement «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Set up Insightly by hand following Insightly&apos;s article, or contact Microsoft support about the gallery entry.</source>
        <translation>Configurez Insightly manuellement en suivant l&apos;article d&apos;Insightly, ou contactez le support Microsoft au sujet de l&apos;entrée de la galerie.</translation>
    </message>
</context>
<context>
    <name>HealthVerdict</name>
    <message>
        <source>Run the wizard and choose &quot;Check the status of an existing setup&quot;.</source>
        <translation>Lancez l&apos;assistant et choisissez «&#xa0;Vérifier l&apos;état d&apos;une configuration existante&#xa0;».</translation>
    </message>
    <message>
        <source>The SAML signing certificate has expired: nobody can sign in.</source>
        <translation>Le certificat de signature SAML a expiré&#xa0;: personne ne peut se connecter.</translation>
    </message>
    <message numerus="yes">
        <source>The SAML signing certificate expires in %n day(s).</source>
        <translation>
            <numerusform>Le certificat de signature SAML expire dans %n jour.</numerusform>
            <numerusform>Le certificat de signature SAML expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, but Entra signs with %2: sign-ins are rejected.</source>
        <translation>Insightly détient le certificat %1, mais Entra signe avec %2&#xa0;: les connexions sont refusées.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Chargez le certificat actif dans Insightly, ou relancez l&apos;assistant et choisissez «&#xa0;Renouveler le certificat de signature SAML d&apos;une configuration existante&#xa0;».</translation>
    </message>
    <message>
        <source>Run the wizard once and sign in: the check uses the saved session.</source>
        <translation>Lancez l&apos;assistant une fois et connectez-vous&#xa0;: la vérification utilise la session enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>The SCIM token was saved %n day(s) ago.</source>
        <translation>
            <numerusform>Le jeton SCIM a été enregistré il y a %n jour.</numerusform>
            <numerusform>Le jeton SCIM a été enregistré il y a %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SCIM token&quot;.</source>
        <translation>Relancez l&apos;assistant et choisissez «&#xa0;Renouveler le jeton SCIM d&apos;une configuration existante&#xa0;».</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Insightly SSO: %1</source>
        <translation>Insightly SSO&#xa0;: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insightly SSO setup check — %1</source>
        <translation>Vérification de la configuration SSO d&apos;Insightly — %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Locataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Locataire&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Insightly: %1</source>
        <translation>Insightly&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1 (exit status %2)</source>
        <translation>État&#xa0;: %1 (code de sortie %2)</translation>
    </message>
    <message>
        <source>Run the wizard on this computer to set up single sign-on (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Lancez l&apos;assistant sur cet ordinateur pour configurer l&apos;authentification unique (ou passez --tenant avec l&apos;ID de locataire d&apos;une configuration faite ici).</translation>
    </message>
    <message>
        <source>Run the wizard, sign in and choose &quot;Check the status of an existing setup&quot;: the check then uses that saved session.</source>
        <translation>Lancez l&apos;assistant, connectez-vous et choisissez «&#xa0;Vérifier l&apos;état d&apos;une configuration existante&#xa0;»&#xa0;: la vérification utilise ensuite cette session enregistrée.</translation>
    </message>
</context>
<context>
    <name>InsightlyJournal</name>
    <message>
        <source>Asked to upload the new SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Invité à charger le nouveau certificat de signature SAML dans les paramètres SAML d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Asked to upload the SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>Invité à charger le certificat de signature SAML dans les paramètres SAML d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Asked to enter Entra&apos;s Login URL and Identifier in Insightly&apos;s SAML settings.</source>
        <translation>Invité à saisir l&apos;URL de connexion et l&apos;identificateur d&apos;Entra dans les paramètres SAML d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Insightly accepted a SAML sign-in from Entra.</source>
        <translation>Insightly a accepté une connexion SAML venant d&apos;Entra.</translation>
    </message>
    <message>
        <source>Insightly did not accept the SAML sign-in from Entra.</source>
        <translation>Insightly n&apos;a pas accepté la connexion SAML venant d&apos;Entra.</translation>
    </message>
    <message>
        <source>Asked to tick Enforce SAML Login in Insightly&apos;s SAML settings, now that a sign-in worked.</source>
        <translation>Invité à cocher Enforce SAML Login dans les paramètres SAML d&apos;Insightly, maintenant qu&apos;une connexion a réussi.</translation>
    </message>
    <message>
        <source>The administrator confirmed that Enforce SAML Login is ticked.</source>
        <translation>L&apos;administrateur a confirmé qu&apos;Enforce SAML Login est coché.</translation>
    </message>
    <message>
        <source>Insightly&apos;s certificate now matches the one Entra signs with.</source>
        <translation>Le certificat d&apos;Insightly correspond désormais à celui avec lequel Entra signe.</translation>
    </message>
    <message>
        <source>Insightly shows another certificate than the one Entra signs with.</source>
        <translation>Insightly affiche un autre certificat que celui avec lequel Entra signe.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint answered the wizard&apos;s checks with the token.</source>
        <translation>Le point de terminaison SCIM d&apos;Insightly a réussi les vérifications de l&apos;assistant avec le jeton.</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint did not pass the wizard&apos;s checks: %1</source>
        <translation>Le point de terminaison SCIM d&apos;Insightly n&apos;a pas réussi les vérifications de l&apos;assistant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Asked to enable SCIM provisioning in Insightly and copy its endpoint and token into the wizard.</source>
        <translation>Invité à activer l&apos;approvisionnement SCIM dans Insightly et à copier son point de terminaison et son jeton dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>Asked to regenerate the SCIM token in Insightly and copy the new one into the wizard.</source>
        <translation>Invité à régénérer le jeton SCIM dans Insightly et à copier le nouveau dans l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>InsightlyUrls</name>
    <message>
        <source>The Sign-in page URL is empty.</source>
        <translation>La «&#xa0;Sign-in page URL&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL to configure single sign-on.</source>
        <translation>L&apos;assistant a besoin de la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly pour configurer l&apos;authentification unique.</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the URL.</source>
        <translation>Les espaces, sauts de ligne ou guillemets autour de l&apos;URL ont été supprimés.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Ils s&apos;ajoutent lors d&apos;une copie depuis un e-mail ou un document&#xa0;; une URL n&apos;en contient jamais.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Rien à faire&#xa0;; vérifiez que l&apos;URL ci-dessous est bien celle qu&apos;affiche Insightly.</translation>
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
        <translation>Une «&#xa0;Sign-in page URL&#xa0;» commence par https:// suivi de crm.&lt;pod&gt;.insightly.com.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s SCIM endpoint, not the Sign-in page URL.</source>
        <translation>Il s&apos;agit du point de terminaison SCIM d&apos;Insightly, et non de la «&#xa0;Sign-in page URL&#xa0;».</translation>
    </message>
    <message>
        <source>The SCIM endpoint is for provisioning (Tenant URL), a later step.</source>
        <translation>Le point de terminaison SCIM sert à l&apos;approvisionnement (URL de locataire), une étape ultérieure.</translation>
    </message>
    <message>
        <source>That is the SAML settings page; copy the Sign-in page URL shown on it.</source>
        <translation>Il s&apos;agit de la page des paramètres SAML&#xa0;; copiez la «&#xa0;Sign-in page URL&#xa0;» qui y est affichée.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>L&apos;adresse de la page des paramètres elle-même n&apos;est pas la valeur dont Entra a besoin.</translation>
    </message>
    <message>
        <source>That is an Insightly page (%1), but not the Sign-in page URL.</source>
        <translation>Il s&apos;agit d&apos;une page Insightly (%1), mais pas de la «&#xa0;Sign-in page URL&#xa0;».</translation>
    </message>
    <message>
        <source>The Sign-in page URL ends in /user/saml?instanceId=…</source>
        <translation>La «&#xa0;Sign-in page URL&#xa0;» se termine par /user/saml?instanceId=…</translation>
    </message>
    <message>
        <source>The Sign-in page URL must start with https://, not http://.</source>
        <translation>La «&#xa0;Sign-in page URL&#xa0;» doit commencer par https://, et non par http://.</translation>
    </message>
    <message>
        <source>Entra posts the sign-in to this address; it has to be encrypted.</source>
        <translation>Entra envoie la connexion à cette adresse&#xa0;; elle doit être chiffrée.</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Utilisez %1, exactement tel qu&apos;Insightly l&apos;affiche.</translation>
    </message>
    <message>
        <source>The Sign-in page URL is missing its instanceId.</source>
        <translation>Il manque l&apos;instanceId à la «&#xa0;Sign-in page URL&#xa0;».</translation>
    </message>
    <message>
        <source>Insightly tells its instances apart by the ?instanceId=… part at the end; the copied text stops before it.</source>
        <translation>Insightly distingue ses instances grâce à la partie&#xa0;?instanceId=… à la fin&#xa0;; le texte copié s&apos;arrête avant.</translation>
    </message>
    <message>
        <source>The Insightly pod &quot;%1&quot; is not one the wizard knows (na1, eu1, au1).</source>
        <translation>Le pod Insightly «&#xa0;%1&#xa0;» n&apos;est pas connu de l&apos;assistant (na1, eu1, au1).</translation>
    </message>
    <message>
        <source>Insightly may run more pods than it documents.</source>
        <translation>Insightly exploite peut-être plus de pods qu&apos;il n&apos;en documente.</translation>
    </message>
    <message>
        <source>Check that the address is exactly the one Insightly shows; if it is, go on.</source>
        <translation>Vérifiez que l&apos;adresse est exactement celle qu&apos;affiche Insightly&#xa0;; si c&apos;est le cas, continuez.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).</source>
        <translation>Dans Insightly, ouvrez «&#xa0;System Settings&#xa0;», «&#xa0;Security&#xa0;», «&#xa0;SAML and SCIM&#xa0;», et copiez la «&#xa0;Sign-in page URL&#xa0;» qui y est affichée (elle ressemble à https://crm.na1.insightly.com/user/saml?instanceId=…).</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL, which Entra uses as Identifier (Entity ID) and Reply URL.</source>
        <translation>L&apos;assistant a besoin de la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly, qu&apos;Entra utilise comme identificateur (ID d&apos;entité) et URL de réponse.</translation>
    </message>
    <message>
        <source>That is a Microsoft Entra sign-in address (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit d&apos;une adresse de connexion Microsoft Entra (%1), et non de la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Entra&apos;s Login URL goes into Insightly; here the wizard needs the opposite direction: Insightly&apos;s own address.</source>
        <translation>L&apos;URL de connexion d&apos;Entra se saisit dans Insightly&#xa0;; ici, l&apos;assistant a besoin du sens inverse&#xa0;: l&apos;adresse propre d&apos;Insightly.</translation>
    </message>
    <message>
        <source>That is the My Apps portal (%1), where users start Insightly after setup, not Insightly&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit du portail «&#xa0;Mes applications&#xa0;» (%1), où les utilisateurs lancent Insightly après la configuration, et non de la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly.</translation>
    </message>
    <message>
        <source>That is a page of the Microsoft admin portal (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit d&apos;une page du portail d&apos;administration Microsoft (%1), et non de la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s REST API address (%1), not the Sign-in page URL.</source>
        <translation>Il s&apos;agit de l&apos;adresse de l&apos;API REST d&apos;Insightly (%1), et non de la «&#xa0;Sign-in page URL&#xa0;».</translation>
    </message>
    <message>
        <source>The Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, not on api.&lt;pod&gt;.</source>
        <translation>La «&#xa0;Sign-in page URL&#xa0;» se trouve sur crm.&lt;pod&gt;.insightly.com, et non sur api.&lt;pod&gt;.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s public website or help centre (%1), not your Insightly instance&apos;s Sign-in page URL.</source>
        <translation>Il s&apos;agit du site web public ou du centre d&apos;aide d&apos;Insightly (%1), et non de la «&#xa0;Sign-in page URL&#xa0;» de votre instance Insightly.</translation>
    </message>
    <message>
        <source>The address %1 is not an Insightly CRM address.</source>
        <translation>L&apos;adresse %1 n&apos;est pas une adresse Insightly CRM.</translation>
    </message>
    <message>
        <source>Insightly&apos;s Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, for example crm.na1.insightly.com.</source>
        <translation>La «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly se trouve sur crm.&lt;pod&gt;.insightly.com, par exemple crm.na1.insightly.com.</translation>
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
        <translation>Installez-en un et démarrez-le — GNOME Keyring (gnome-keyring), KWallet ou KeePassXC avec Secret Service activé — puis déverrouillez-le&#xa0;; déconnectez-vous, reconnectez-vous et réessayez. Sans lui, l&apos;assistant ne peut mémoriser ni votre connexion ni le jeton SCIM, et il ne les stocke jamais sans protection.</translation>
    </message>
    <message>
        <source>This session has no desktop message bus (D-Bus), so the password store can&apos;t be reached.</source>
        <translation>Cette session n&apos;a pas de bus de messages de bureau (D-Bus)&#xa0;; le magasin de mots de passe est donc inaccessible.</translation>
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
        <translation>Redémarrez l&apos;ordinateur&#xa0;; si le problème persiste, réparez ou réinitialisez le trousseau dans Trousseaux d&apos;accès.</translation>
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
        <translation>Déverrouillez le trousseau «&#xa0;Login&#xa0;» (Mots de passe et clés, ou KWallet) et réessayez. Si le mot de passe du trousseau est identique à votre mot de passe de session, il se déverrouille automatiquement.</translation>
    </message>
    <message>
        <source>The credential is larger than Windows Credential Manager accepts.</source>
        <translation>Les informations d&apos;identification dépassent la taille acceptée par le Gestionnaire d&apos;identification Windows.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard stores it in smaller pieces. If it keeps failing, send the diagnostics to support.</source>
        <translation>Reconnectez-vous&#xa0;; l&apos;assistant les enregistre en morceaux plus petits. Si l&apos;échec persiste, envoyez les diagnostics au support.</translation>
    </message>
    <message>
        <source>The saved credential can&apos;t be read on this Windows account any more.</source>
        <translation>Les informations d&apos;identification enregistrées ne peuvent plus être lues sur ce compte Windows.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will replace it.</source>
        <translation>Reconnectez-vous&#xa0;; l&apos;assistant les remplacera.</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused to save it (%1).</source>
        <translation>Le Gestionnaire d&apos;identification Windows a refusé de les enregistrer (%1).</translation>
    </message>
    <message>
        <source>Run the wizard in a normal desktop session (not as a service or through remote tools); clearing old entries in Credential Manager may help.</source>
        <translation>Exécutez l&apos;assistant dans une session de bureau normale (pas en tant que service ni via des outils à distance)&#xa0;; supprimer d&apos;anciennes entrées dans le Gestionnaire d&apos;identification peut aider.</translation>
    </message>
    <message>
        <source>An entry with the same name already exists in the keychain.</source>
        <translation>Une entrée portant le même nom existe déjà dans le trousseau.</translation>
    </message>
    <message>
        <source>Delete the existing &apos;Insightly SSO Setup&apos; entries in Keychain Access and retry.</source>
        <translation>Supprimez les entrées «&#xa0;Insightly SSO Setup&#xa0;» existantes dans Trousseaux d&apos;accès et réessayez.</translation>
    </message>
    <message>
        <source>The password store reported an unknown error.</source>
        <translation>Le magasin de mots de passe a signalé une erreur inconnue.</translation>
    </message>
    <message>
        <source>The password store reported: %1</source>
        <translation>Le magasin de mots de passe a signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry. If it keeps failing you can continue, but you&apos;ll need to sign in again next time; send the diagnostics to support.</source>
        <translation>Réessayez. Si l&apos;échec persiste, vous pouvez continuer, mais vous devrez vous reconnecter la prochaine fois&#xa0;; envoyez les diagnostics au support.</translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation>Rien n&apos;est enregistré sous ce nom.</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will save it anew.</source>
        <translation>Reconnectez-vous&#xa0;; l&apos;assistant les enregistrera à nouveau.</translation>
    </message>
    <message>
        <source>The password store refused to delete the entry.</source>
        <translation>Le magasin de mots de passe a refusé de supprimer l&apos;entrée.</translation>
    </message>
    <message>
        <source>Remove the &apos;Insightly SSO Setup&apos; entries manually in %1.</source>
        <translation>Supprimez manuellement les entrées «&#xa0;Insightly SSO Setup&#xa0;» via %1.</translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation>L&apos;accès a été refusé (%1).</translation>
    </message>
    <message>
        <source>Retry and choose Always Allow when macOS asks, or sign in each time.</source>
        <translation>Réessayez et choisissez «&#xa0;Toujours autoriser&#xa0;» lorsque macOS le demande, ou connectez-vous à chaque fois.</translation>
    </message>
    <message>
        <source>Retry and allow access when asked, or sign in each time.</source>
        <translation>Réessayez et autorisez l&apos;accès lorsque cela vous est demandé, ou connectez-vous à chaque fois.</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available.</source>
        <translation>Indisponible&#xa0;: %1.</translation>
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
        <translation>Leurs morceaux enregistrés ne correspondent pas&#xa0;; l&apos;enregistrement a probablement été interrompu.</translation>
    </message>
    <message>
        <source>%1 is locked, so the credential saved there can&apos;t be seen. It hasn&apos;t been lost.</source>
        <translation>Le magasin est verrouillé (%1)&#xa0;: les informations d&apos;identification qui y sont enregistrées ne sont pas visibles. Elles ne sont pas perdues.</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet, or sign in to the desktop again), then retry.</source>
        <translation>Déverrouillez votre trousseau (Mots de passe et clés, ou KWallet, ou reconnectez-vous au bureau), puis réessayez.</translation>
    </message>
    <message>
        <source>Unlock the keychain, then retry.</source>
        <translation>Déverrouillez le trousseau, puis réessayez.</translation>
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
    <name>Preflight</name>
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
    <name>PrincipalSearchModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
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
        <translation>L&apos;approvisionnement s&apos;est arrêté avant de désactiver dans Insightly plus d&apos;utilisateurs que ne le permet votre limite de sécurité.</translation>
    </message>
    <message>
        <source>More users left the app&apos;s assignments in one cycle than the delete threshold.</source>
        <translation>En un cycle, plus d&apos;utilisateurs ont quitté les affectations de l&apos;application que ne le permet le seuil de suppression.</translation>
    </message>
    <message>
        <source>Check the assignments. If the removals are intended, allow them and restart provisioning; if not, fix the assignments and restart.</source>
        <translation>Vérifiez les affectations. Si les retraits sont voulus, autorisez-les et redémarrez l&apos;approvisionnement&#xa0;; sinon, corrigez les affectations et redémarrez.</translation>
    </message>
    <message>
        <source>Provisioning is paused because too many users failed.</source>
        <translation>L&apos;approvisionnement est suspendu, car trop d&apos;utilisateurs ont échoué.</translation>
    </message>
    <message>
        <source>Microsoft stops a job when a large share of its operations fail.</source>
        <translation>Microsoft arrête un travail lorsqu&apos;une grande partie de ses opérations échoue.</translation>
    </message>
    <message>
        <source>Open the provisioning logs, fix the most common error, then restart provisioning.</source>
        <translation>Ouvrez les journaux d&apos;approvisionnement, corrigez l&apos;erreur la plus fréquente, puis redémarrez l&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Microsoft paused this provisioning job.</source>
        <translation>Microsoft a suspendu ce travail d&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Microsoft detected a problem and quarantined the job.</source>
        <translation>Microsoft a détecté un problème et a mis le travail en quarantaine.</translation>
    </message>
    <message>
        <source>Open a support request with Microsoft, quoting the job ID.</source>
        <translation>Ouvrez une demande de support auprès de Microsoft en indiquant l&apos;ID du travail.</translation>
    </message>
    <message>
        <source>Provisioning to Insightly is paused (quarantine): Microsoft can&apos;t sign in to Insightly&apos;s SCIM endpoint.</source>
        <translation>L&apos;approvisionnement vers Insightly est suspendu (quarantaine)&#xa0;: Microsoft ne parvient pas à se connecter au point de terminaison SCIM d&apos;Insightly.</translation>
    </message>
    <message>
        <source>The Secret Token was regenerated or has expired, or the SCIM URL changed.</source>
        <translation>Le jeton secret a été régénéré ou a expiré, ou l&apos;URL SCIM a changé.</translation>
    </message>
    <message>
        <source>In Insightly, copy the current SCIM token (and endpoint), paste the new token here, test the connection, and save: the wizard then restarts provisioning.</source>
        <translation>Dans Insightly, copiez le jeton SCIM actuel (et le point de terminaison), collez le nouveau jeton ici, testez la connexion et enregistrez&#xa0;: l&apos;assistant redémarre alors l&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Provisioning is paused for a reason Microsoft doesn&apos;t explain (%1).</source>
        <translation>L&apos;approvisionnement est suspendu pour une raison que Microsoft n&apos;explique pas (%1).</translation>
    </message>
    <message>
        <source>Check the provisioning logs; if nothing stands out, restart provisioning or contact Microsoft support.</source>
        <translation>Consultez les journaux d&apos;approvisionnement&#xa0;; si rien ne ressort, redémarrez l&apos;approvisionnement ou contactez le support Microsoft.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Finished with errors for some users or groups</source>
        <translation>Terminé avec des erreurs pour certains utilisateurs ou groupes</translation>
    </message>
</context>
<context>
    <name>ReadableViews</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>the clear button of a text field</comment>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>RemovalPlan</name>
    <message>
        <source>The Insightly SAML enterprise application this wizard added (object id %1), with its signing certificates, user and group assignments and provisioning job.</source>
        <translation>L&apos;application d&apos;entreprise Insightly SAML ajoutée par cet assistant (ID d&apos;objet %1), avec ses certificats de signature, ses affectations d&apos;utilisateurs et de groupes et son travail d&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>The Insightly SAML application (object id %1): it existed before this wizard used it, so the wizard does not delete it. Remove it in the Entra admin center under Enterprise applications if it is no longer needed.</source>
        <translation>L&apos;application Insightly SAML (ID d&apos;objet %1)&#xa0;: elle existait avant que cet assistant ne l&apos;utilise, l&apos;assistant ne la supprime donc pas. Supprimez-la dans le centre d&apos;administration Microsoft Entra sous Applications d&apos;entreprise si vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>The SCIM token and the Insightly API key this wizard kept in the system keychain.</source>
        <translation>Le jeton SCIM et la clé API Insightly que cet assistant a conservés dans le trousseau système.</translation>
    </message>
    <message>
        <source>The wizard&apos;s saved progress for this setup (your sign-in to Entra is kept).</source>
        <translation>La progression enregistrée de l&apos;assistant pour cette configuration (votre connexion à Entra est conservée).</translation>
    </message>
    <message>
        <source>Microsoft Entra keeps a deleted application for 30 days: it can be restored under App registrations › Deleted applications.</source>
        <translation>Microsoft Entra conserve une application supprimée pendant 30 jours&#xa0;: elle peut être restaurée sous Inscriptions d&apos;applications › Applications supprimées.</translation>
    </message>
    <message>
        <source>First, in Insightly under System Settings › Security › SAML and SCIM, untick Enforce SAML Login — once the application is gone, nobody can sign in to Insightly through Microsoft Entra.</source>
        <translation>D&apos;abord, dans Insightly sous «&#xa0;System Settings › Security › SAML and SCIM&#xa0;», décochez «&#xa0;Enforce SAML Login&#xa0;» — une fois l&apos;application supprimée, plus personne ne peut se connecter à Insightly via Microsoft Entra.</translation>
    </message>
    <message>
        <source>Then remove the identity provider settings (the certificate) there, and turn SCIM provisioning off or regenerate its token so that the old one stops working.</source>
        <translation>Supprimez ensuite à cet endroit les paramètres du fournisseur d&apos;identité (le certificat), et désactivez l&apos;approvisionnement SCIM ou régénérez son jeton pour que l&apos;ancien cesse de fonctionner.</translation>
    </message>
</context>
<context>
    <name>SamlConfiguration</name>
    <message>
        <source>The Insightly sign-in page URL is missing or not a valid URL.</source>
        <translation>La «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly est manquante ou n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Entra needs it as the application&apos;s Identifier and Reply URL.</source>
        <translation>Entra en a besoin comme identificateur et URL de réponse de l&apos;application.</translation>
    </message>
    <message>
        <source>Go back to the Insightly step and enter the Sign-in page URL that Insightly shows under System Settings &gt; SAML.</source>
        <translation>Revenez à l&apos;étape Insightly et saisissez la «&#xa0;Sign-in page URL&#xa0;» qu&apos;Insightly affiche sous System Settings &gt; SAML.</translation>
    </message>
    <message>
        <source>Checking the single sign-on mode…</source>
        <translation>Vérification du mode d&apos;authentification unique…</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Activation de l&apos;authentification unique SAML…</translation>
    </message>
    <message>
        <source>Setting the Identifier and Reply URL to %1…</source>
        <translation>Définition de l&apos;identificateur et de l&apos;URL de réponse sur %1…</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Entra is still applying the SAML setting; trying again in %n s…</source>
        <translation>
            <numerusform>Microsoft Entra applique encore le paramètre SAML&#xa0;; nouvel essai dans %n s…</numerusform>
            <numerusform>Microsoft Entra applique encore le paramètre SAML&#xa0;; nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the SAML settings… seen %1 of %2 times</source>
        <translation>Confirmation des paramètres SAML… vus %1 fois sur %2</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the SAML settings in time.</source>
        <translation>Microsoft Entra n&apos;a pas confirmé les paramètres SAML à temps.</translation>
    </message>
    <message>
        <source>The changed settings were not read back consistently (replication).</source>
        <translation>Les paramètres modifiés n&apos;ont pas été relus de manière cohérente (réplication).</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; settings that are already right are not changed again.</source>
        <translation>Patientez quelques minutes et exécutez à nouveau cette étape&#xa0;; les paramètres déjà corrects ne sont pas modifiés de nouveau.</translation>
    </message>
    <message>
        <source>SAML single sign-on is set up with Identifier and Reply URL %1.</source>
        <translation>L&apos;authentification unique SAML est configurée avec l&apos;identificateur et l&apos;URL de réponse %1.</translation>
    </message>
</context>
<context>
    <name>SamlHandoffFiles</name>
    <message>
        <source>%1 could not be saved.</source>
        <translation>%1 n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>Choisissez un autre dossier et réessayez.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML could not be downloaded.</source>
        <translation>Le XML de métadonnées de fédération n&apos;a pas pu être téléchargé.</translation>
    </message>
    <message>
        <source>Microsoft Entra answered HTTP %1; a new application or certificate can take a few minutes to be published.</source>
        <translation>Microsoft Entra a répondu HTTP %1&#xa0;; la publication d&apos;une nouvelle application ou d&apos;un nouveau certificat peut prendre quelques minutes.</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or upload the Certificate (Base64) to Insightly instead.</source>
        <translation>Patientez une minute et réessayez, ou chargez plutôt le Certificat (Base64) dans Insightly.</translation>
    </message>
    <message>
        <source>There is no active signing certificate yet.</source>
        <translation>Il n&apos;y a pas encore de certificat de signature actif.</translation>
    </message>
    <message>
        <source>The files carry the certificate Microsoft Entra signs with.</source>
        <translation>Les fichiers contiennent le certificat avec lequel Microsoft Entra signe.</translation>
    </message>
    <message>
        <source>Complete the certificate step first.</source>
        <translation>Terminez d&apos;abord l&apos;étape du certificat.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML cannot be downloaded.</source>
        <translation>Le XML de métadonnées de fédération ne peut pas être téléchargé.</translation>
    </message>
    <message>
        <source>The wizard has no network connection object.</source>
        <translation>L&apos;assistant n&apos;a pas d&apos;objet de connexion réseau.</translation>
    </message>
    <message>
        <source>Restart the wizard.</source>
        <translation>Redémarrez l&apos;assistant.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The files are saved into an existing folder.</source>
        <translation>Les fichiers sont enregistrés dans un dossier existant.</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>The wizard does not replace files without asking.</source>
        <translation>L&apos;assistant ne remplace pas de fichiers sans demander.</translation>
    </message>
    <message>
        <source>Allow replacing it, or choose another folder.</source>
        <translation>Autorisez le remplacement, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Reading the signing certificate from Microsoft Entra…</source>
        <translation>Lecture du certificat de signature depuis Microsoft Entra…</translation>
    </message>
    <message>
        <source>The signing certificate %1 was not found on the application.</source>
        <translation>Le certificat de signature %1 est introuvable dans l&apos;application.</translation>
    </message>
    <message>
        <source>It was removed or replaced since it was chosen.</source>
        <translation>Il a été supprimé ou remplacé depuis qu&apos;il a été choisi.</translation>
    </message>
    <message>
        <source>Go back to the certificate step and run it again.</source>
        <translation>Revenez à l&apos;étape du certificat et exécutez-la à nouveau.</translation>
    </message>
    <message>
        <source>Downloading the Federation Metadata XML…</source>
        <translation>Téléchargement du XML de métadonnées de fédération…</translation>
    </message>
    <message>
        <source>Microsoft Entra has not published the active certificate yet.</source>
        <translation>Microsoft Entra n&apos;a pas encore publié le certificat actif.</translation>
    </message>
    <message>
        <source>The Federation Metadata XML still carries another signing certificate.</source>
        <translation>Le XML de métadonnées de fédération contient encore un autre certificat de signature.</translation>
    </message>
    <message>
        <source>The files for Insightly are saved in %1.</source>
        <translation>Les fichiers pour Insightly sont enregistrés dans %1.</translation>
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
        <translation>Ce n&apos;est pas du texte Base64&#xa0;; elle ne peut donc pas être décodée.</translation>
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
        <translation>Elle se décode, mais ce n&apos;est pas du XML bien formé&#xa0;: elle a été tronquée ou modifiée.</translation>
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
        <translation>Le chiffrement de jeton est activé pour l&apos;application dans Entra&#xa0;; Insightly attend une assertion signée et non chiffrée.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Token encryption: deactivate the encryption certificate, then sign in again.</source>
        <translation>Dans Entra, «&#xa0;Authentification unique&#xa0;», «&#xa0;Chiffrement de jeton&#xa0;»&#xa0;: désactivez le certificat de chiffrement, puis reconnectez-vous.</translation>
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
        <translation>Reconnectez-vous via «&#xa0;Mes applications&#xa0;».</translation>
    </message>
    <message>
        <source>Recipient (Reply URL)</source>
        <translation>Destinataire (URL de réponse)</translation>
    </message>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit</source>
        <translation>Dans Entra, ouvrez l&apos;application Insightly SAML, puis «&#xa0;Authentification unique&#xa0;», «&#xa0;Configuration SAML de base&#xa0;», «&#xa0;Modifier&#xa0;»</translation>
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
        <translation>Affectez l&apos;utilisateur (ou un groupe dont il est membre) à l&apos;application Insightly SAML dans Entra («&#xa0;Utilisateurs et groupes&#xa0;»), puis reconnectez-vous.</translation>
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
        <translation>Connectez-vous à «&#xa0;Mes applications&#xa0;» avec un compte du locataire configuré par l&apos;assistant, puis réessayez.</translation>
    </message>
    <message>
        <source>Reply URL in Entra is %1, but Insightly&apos;s Sign-in page URL is %2.</source>
        <translation>L&apos;URL de réponse dans Entra est %1, mais la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly est %2.</translation>
    </message>
    <message>
        <source>Entra posts the response to its Reply URL and names it inside; Insightly refuses a response addressed elsewhere.</source>
        <translation>Entra envoie la réponse à son URL de réponse et l&apos;indique à l&apos;intérieur&#xa0;; Insightly refuse une réponse adressée ailleurs.</translation>
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
        <translation>Entra inscrit son identificateur (ID d&apos;entité) dans l&apos;audience de la réponse&#xa0;; Insightly n&apos;accepte que les réponses destinées à sa «&#xa0;Sign-in page URL&#xa0;».</translation>
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
        <translation>Insightly trouve l&apos;utilisateur grâce à l&apos;adresse e-mail figurant dans NameID&#xa0;; elle doit correspondre à l&apos;adresse e-mail Insightly de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Attributes &amp; Claims: set Unique User Identifier (Name ID) to user.userprincipalname (or user.mail), save, and sign in again.</source>
        <translation>Dans Entra, «&#xa0;Authentification unique&#xa0;», «&#xa0;Attributs et revendications&#xa0;»&#xa0;: définissez «&#xa0;Identificateur d&apos;utilisateur unique (ID de nom)&#xa0;» sur user.userprincipalname (ou user.mail), enregistrez et reconnectez-vous.</translation>
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
        <translation>La réponse SAML a expiré le %1&#xa0;; il est maintenant %2.</translation>
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
        <source>Assertion validity period</source>
        <translation>Période de validité de l&apos;assertion</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>The SAML response is valid only from %1; it is now %2.</source>
        <translation>La réponse SAML n&apos;est valide qu&apos;à partir du %1&#xa0;; il est maintenant %2.</translation>
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
        <translation>Dans Entra, «&#xa0;Authentification unique&#xa0;», «&#xa0;Certificats SAML&#xa0;»&#xa0;: définissez l&apos;option de signature sur «&#xa0;Signer l&apos;assertion SAML&#xa0;» et vérifiez qu&apos;un certificat est actif.</translation>
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
        <translation>Reconnectez-vous&#xa0;; si le problème persiste, la réponse a été modifiée en chemin.</translation>
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
        <translation>Attendez quelques minutes et reconnectez-vous&#xa0;: Entra peut mettre un certain temps à changer de certificat. Si le problème persiste, ouvrez «&#xa0;Certificats SAML&#xa0;» dans Entra et rendez %1 actif.</translation>
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
        <translation>Insightly détient le certificat %1, Entra signe avec %2&#xa0;: chargez le nouveau.</translation>
    </message>
    <message>
        <source>Insightly checks the signature with the certificate it holds, so it will refuse this sign-in.</source>
        <translation>Insightly vérifie la signature avec le certificat qu&apos;il détient&#xa0;; il refusera donc cette connexion.</translation>
    </message>
    <message>
        <source>Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML and SCIM) and save.</source>
        <translation>Chargez le «&#xa0;Certificat (Base64)&#xa0;» de %1 dans Insightly («&#xa0;System Settings&#xa0;», «&#xa0;Security&#xa0;», «&#xa0;SAML and SCIM&#xa0;») et enregistrez.</translation>
    </message>
    <message>
        <source>Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.</source>
        <translation>Entra signe avec le certificat %1, valide du %2 au %3&#xa0;; il est maintenant %4.</translation>
    </message>
    <message>
        <source>Insightly may refuse responses signed with a certificate outside its validity period.</source>
        <translation>Insightly peut refuser les réponses signées avec un certificat en dehors de sa période de validité.</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it active in Entra.</source>
        <translation>Renouvelez le certificat de signature SAML&#xa0;: créez-en un nouveau, chargez-le dans Insightly et rendez-le actif dans Entra.</translation>
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
        <translation>Reconnectez-vous via «&#xa0;Mes applications&#xa0;» pour que l&apos;assistant puisse capturer une nouvelle réponse&#xa0;; si vous l&apos;avez collée, copiez la valeur SAMLResponse entière.</translation>
    </message>
    <message>
        <source>The captured value is too large to be a SAML response.</source>
        <translation>La valeur capturée est trop grande pour être une réponse SAML.</translation>
    </message>
    <message>
        <source>It is %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Taille&#xa0;: %1&#xa0;; les réponses d&apos;Entra font quelques kilo-octets, et l&apos;assistant lit au plus %2.</translation>
    </message>
    <message>
        <source>It decodes to %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>Taille une fois décodée&#xa0;: %1&#xa0;; les réponses d&apos;Entra font quelques kilo-octets, et l&apos;assistant lit au plus %2.</translation>
    </message>
    <message>
        <source>It decodes to text that isn&apos;t UTF-8: it was cut off or altered.</source>
        <translation>Une fois décodée, elle donne un texte qui n&apos;est pas en UTF-8&#xa0;: elle a été tronquée ou modifiée.</translation>
    </message>
    <message>
        <source>The captured value is not a SAML response Entra sent.</source>
        <translation>La valeur capturée n&apos;est pas une réponse SAML envoyée par Entra.</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which SAML forbids; the wizard doesn&apos;t read such documents.</source>
        <translation>Elle déclare un type de document (DTD), ce que SAML interdit&#xa0;; l&apos;assistant ne lit pas de tels documents.</translation>
    </message>
    <message>
        <source>Its XML is far more deeply nested or has far more attributes than a SAML response ever has.</source>
        <translation>Son XML est bien plus profondément imbriqué ou a bien plus d&apos;attributs qu&apos;une réponse SAML n&apos;en a jamais.</translation>
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
        <translation>Le champ «&#xa0;URL de locataire&#xa0;» semble contenir le jeton secret.</translation>
    </message>
    <message>
        <source>The Tenant URL is a web address starting with https://; the long code below it in Insightly is the token.</source>
        <translation>L&apos;URL de locataire est une adresse web commençant par https://&#xa0;; le long code affiché en dessous dans Insightly est le jeton.</translation>
    </message>
    <message>
        <source>Paste the token into Secret Token instead. %1</source>
        <translation>Collez plutôt le jeton dans «&#xa0;Jeton secret&#xa0;». %1</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Tenant URL.</source>
        <translation>Les espaces, sauts de ligne ou guillemets autour de l&apos;URL de locataire ont été supprimés.</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>Ils s&apos;ajoutent lors d&apos;une copie depuis un e-mail ou un document&#xa0;; une URL n&apos;en contient jamais.</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>Rien à faire&#xa0;; vérifiez que l&apos;URL ci-dessous est bien celle qu&apos;affiche Insightly.</translation>
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
        <translation>Entra envoie le jeton secret séparément&#xa0;; des informations d&apos;identification dans l&apos;adresse seraient visibles par toute personne qui voit la configuration.</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s Sign-in page URL (for single sign-on), not the SCIM endpoint.</source>
        <translation>Il s&apos;agit de la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly (pour l&apos;authentification unique), et non du point de terminaison SCIM.</translation>
    </message>
    <message>
        <source>Both are on the same settings page; the SCIM endpoint appears below Enable SCIM Provisioning.</source>
        <translation>Les deux se trouvent sur la même page de paramètres&#xa0;; le point de terminaison SCIM apparaît sous «&#xa0;Enable SCIM Provisioning&#xa0;».</translation>
    </message>
    <message>
        <source>That is the SAML and SCIM settings page; copy the SCIM endpoint shown on it.</source>
        <translation>Il s&apos;agit de la page des paramètres SAML et SCIM&#xa0;; copiez le point de terminaison SCIM qui y est affiché.</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>L&apos;adresse de la page des paramètres elle-même n&apos;est pas la valeur dont Entra a besoin.</translation>
    </message>
    <message>
        <source>The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.</source>
        <translation>L&apos;URL de locataire se termine par une ressource SCIM (%1)&#xa0;; Entra ajoute cette partie lui-même.</translation>
    </message>
    <message>
        <source>Entra appends /Users, /Groups and the other resources to the Tenant URL, so they would appear twice.</source>
        <translation>Entra ajoute /Users, /Groups et les autres ressources à l&apos;URL de locataire&#xa0;; elles apparaîtraient donc deux fois.</translation>
    </message>
    <message>
        <source>Use %1, the SCIM endpoint exactly as Insightly shows it.</source>
        <translation>Utilisez %1, le point de terminaison SCIM exactement tel qu&apos;Insightly l&apos;affiche.</translation>
    </message>
    <message>
        <source>The Tenant URL must start with https://, not http://.</source>
        <translation>L&apos;URL de locataire doit commencer par https://, et non par http://.</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token with every request; Microsoft requires an encrypted connection.</source>
        <translation>Entra envoie le jeton secret avec chaque requête&#xa0;; Microsoft exige une connexion chiffrée.</translation>
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
        <translation>Ils s&apos;ajoutent lors de la copie&#xa0;; ils ne font pas partie du jeton.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Removed &quot;Bearer&quot; in front of the Secret Token.</source>
        <translation>«&#xa0;Bearer&#xa0;» a été supprimé devant le jeton secret.</translation>
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
        <translation>Le champ «&#xa0;Jeton secret&#xa0;» contient une adresse web.</translation>
    </message>
    <message>
        <source>The web address is the Tenant URL; the token is the long code shown with it in Insightly.</source>
        <translation>L&apos;adresse web est l&apos;URL de locataire&#xa0;; le jeton est le long code affiché avec elle dans Insightly.</translation>
    </message>
    <message>
        <source>Paste the address into Tenant URL instead. %1</source>
        <translation>Collez plutôt l&apos;adresse dans «&#xa0;URL de locataire&#xa0;». %1</translation>
    </message>
    <message>
        <source>The Secret Token contains spaces or line breaks.</source>
        <translation>Le jeton secret contient des espaces ou des sauts de ligne.</translation>
    </message>
    <message>
        <source>A token never contains them; mail and chat programs break long codes into lines, or two values were pasted together.</source>
        <translation>Un jeton n&apos;en contient jamais&#xa0;; les logiciels de messagerie et de chat coupent les longs codes en lignes, ou deux valeurs ont été collées ensemble.</translation>
    </message>
    <message>
        <source>Copy the token again in one piece, or check that the token without the spaces (ending in %1) is the one Insightly shows.</source>
        <translation>Copiez à nouveau le jeton d&apos;un seul tenant, ou vérifiez que le jeton sans les espaces (se terminant par %1) est bien celui qu&apos;affiche Insightly.</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>Dans Insightly, ouvrez «&#xa0;System Settings&#xa0;», «&#xa0;Security&#xa0;», «&#xa0;SAML and SCIM&#xa0;», cochez «&#xa0;Enable SCIM Provisioning&#xa0;», enregistrez, puis copiez le point de terminaison SCIM qui y est affiché dans «&#xa0;URL de locataire&#xa0;».</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>Dans Insightly, ouvrez «&#xa0;System Settings&#xa0;», «&#xa0;Security&#xa0;», «&#xa0;SAML and SCIM&#xa0;», et copiez le jeton SCIM qui y est affiché dans «&#xa0;Jeton secret&#xa0;».</translation>
    </message>
    <message>
        <source>The Tenant URL</source>
        <translation>L&apos;URL de locataire</translation>
    </message>
    <message>
        <source>The Secret Token</source>
        <translation>Le jeton secret</translation>
    </message>
</context>
<context>
    <name>ScimProbeCli</name>
    <message>
        <source>Cause: </source>
        <translation>Cause&#xa0;: </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>Solution&#xa0;: </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>Code&#xa0;: </translation>
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
        <translation>URL de locataire refusée&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…</source>
        <translation>Lecture du jeton SCIM depuis l&apos;entrée standard (ou définissez INSIGHTLY_SCIM_TOKEN)…</translation>
    </message>
    <message>
        <source>Secret Token refused (%1):</source>
        <translation>Jeton secret refusé (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Remarque&#xa0;: </translation>
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
    <name>SetupOperation</name>
    <message>
        <source>The wizard is not signed in to Microsoft Entra.</source>
        <translation>L&apos;assistant n&apos;est pas connecté à Microsoft Entra.</translation>
    </message>
    <message>
        <source>The sign-in session ended or was replaced.</source>
        <translation>La session de connexion s&apos;est terminée ou a été remplacée.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in again.</source>
        <translation>Revenez à l&apos;étape de connexion et reconnectez-vous.</translation>
    </message>
    <message>
        <source>The Insightly SAML application is not known yet.</source>
        <translation>L&apos;application Insightly SAML n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>This step changes the enterprise application created in Step 1.</source>
        <translation>Cette étape modifie l&apos;application d&apos;entreprise créée à l&apos;étape 1.</translation>
    </message>
    <message>
        <source>Go back to Step 1 (Add Insightly SAML from the gallery) and complete it first.</source>
        <translation>Revenez à l&apos;étape 1 (Ajouter Insightly SAML depuis la galerie) et terminez-la d&apos;abord.</translation>
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
        <translation>Dans Entra, ouvrez l&apos;application Insightly SAML, puis «&#xa0;Authentification unique&#xa0;», «&#xa0;Certificats SAML&#xa0;», et téléchargez le «&#xa0;Certificat (Base64)&#xa0;»&#xa0;; choisissez ensuite ce fichier.</translation>
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
        <translation>Les données s&apos;arrêtent avant la fin du certificat&#xa0;: il a été tronqué lors de la copie ou du téléchargement.</translation>
    </message>
    <message>
        <source>This is a .pfx (PKCS#12) file, not a certificate.</source>
        <translation>Il s&apos;agit d&apos;un fichier .pfx (PKCS#12), et non d&apos;un certificat.</translation>
    </message>
    <message>
        <source>A .pfx file bundles the certificate with its private key; Insightly needs only the public certificate.</source>
        <translation>Un fichier .pfx regroupe le certificat et sa clé privée&#xa0;; Insightly n&apos;a besoin que du certificat public.</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate.</source>
        <translation>Il s&apos;agit d&apos;une clé privée, et non d&apos;un certificat.</translation>
    </message>
    <message>
        <source>The file holds a PRIVATE KEY block. Insightly needs the public certificate; a private key must never be uploaded or shared.</source>
        <translation>Le fichier contient un bloc PRIVATE KEY. Insightly a besoin du certificat public&#xa0;; une clé privée ne doit jamais être chargée ni partagée.</translation>
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
        <translation>Chargez-le plutôt comme métadonnées de fédération, ou téléchargez le «&#xa0;Certificat (Base64)&#xa0;» depuis Entra.</translation>
    </message>
    <message>
        <source>This file holds too many certificates.</source>
        <translation>Ce fichier contient trop de certificats.</translation>
    </message>
    <message>
        <source>It holds more than %1; the SAML signing certificate is one.</source>
        <translation>Il en contient plus de %1&#xa0;; le certificat de signature SAML est un seul certificat.</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>Le fichier de certificat</translation>
    </message>
    <message>
        <source>This is a certificate authority&apos;s certificate, not a SAML signing certificate.</source>
        <translation>Il s&apos;agit du certificat d&apos;une autorité de certification, et non d&apos;un certificat de signature SAML.</translation>
    </message>
    <message>
        <source>It is marked as a certificate authority (%1); Entra signs SAML responses with a certificate of its own.</source>
        <translation>Il est marqué comme autorité de certification (%1)&#xa0;; Entra signe les réponses SAML avec un certificat qui lui est propre.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sans nom</translation>
    </message>
</context>
<context>
    <name>SigningCertificates</name>
    <message>
        <source>Creating a SAML signing certificate valid until %1…</source>
        <translation>Création d&apos;un certificat de signature SAML valide jusqu&apos;au %1…</translation>
    </message>
    <message>
        <source>The new signing certificate could not be checked.</source>
        <translation>Le nouveau certificat de signature n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The thumbprint Microsoft Entra returned does not match the certificate it returned.</source>
        <translation>L&apos;empreinte numérique renvoyée par Microsoft Entra ne correspond pas au certificat renvoyé.</translation>
    </message>
    <message>
        <source>Run this step again. If it happens again, create the certificate in the Entra admin center (Single sign-on &gt; SAML Certificates).</source>
        <translation>Exécutez à nouveau cette étape. Si cela se reproduit, créez le certificat dans le centre d&apos;administration Microsoft Entra (Authentification unique &gt; Certificats SAML).</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to show the new certificate… seen %1 of %2 times</source>
        <translation>Attente de l&apos;affichage du nouveau certificat par Microsoft Entra… vu %1 fois sur %2</translation>
    </message>
    <message>
        <source>The new signing certificate disappeared.</source>
        <translation>Le nouveau certificat de signature a disparu.</translation>
    </message>
    <message>
        <source>It was seen and then no longer listed.</source>
        <translation>Il a été vu, puis n&apos;a plus été répertorié.</translation>
    </message>
    <message>
        <source>Run this step again.</source>
        <translation>Exécutez à nouveau cette étape.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Lecture des certificats de signature SAML…</translation>
    </message>
    <message>
        <source>A new certificate from an earlier run is waiting to be activated.</source>
        <translation>Un nouveau certificat issu d&apos;une exécution précédente attend d&apos;être activé.</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the new certificate; checking whether it was created…</source>
        <translation>Microsoft Entra n&apos;a pas confirmé le nouveau certificat&#xa0;; vérification de sa création…</translation>
    </message>
</context>
<context>
    <name>StatusReportFormat</name>
    <message>
        <source>[%1] %2: %3</source>
        <translation>[%1] %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>    Why: %1</source>
        <translation>    Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>    Request ID: %1</source>
        <translation>    ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>    What to do: %1</source>
        <translation>    Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — status report</source>
        <translation>%1 — rapport d&apos;état</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>Lu le %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at %1</source>
        <translation>Les utilisateurs se connectent à Insightly sur %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at</source>
        <translation>Les utilisateurs se connectent à Insightly sur</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Locataire Microsoft Entra</translation>
    </message>
    <message>
        <source>Insightly instance</source>
        <translation>Instance Insightly</translation>
    </message>
    <message>
        <source>Enterprise application</source>
        <translation>Application d&apos;entreprise</translation>
    </message>
    <message>
        <source>SAML single sign-on settings</source>
        <translation>Paramètres d&apos;authentification unique SAML</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>Certificat de signature SAML</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>Enforce SAML Login</translation>
    </message>
    <message>
        <source>Provisioning (SCIM)</source>
        <translation>Approvisionnement (SCIM)</translation>
    </message>
    <message>
        <source>SCIM token in the keychain</source>
        <translation>Jeton SCIM dans le trousseau</translation>
    </message>
    <message>
        <source>Assigned users and groups</source>
        <translation>Utilisateurs et groupes affectés</translation>
    </message>
</context>
<context>
    <name>StatusRowRules</name>
    <message>
        <source>Run the wizard again and choose &quot;Set up single sign-on and provisioning&quot;; %1 It keeps what is already set up.</source>
        <translation>Relancez l&apos;assistant et choisissez «&#xa0;Configurer l&apos;authentification unique et l&apos;approvisionnement&#xa0;»&#xa0;; %1 Ce qui est déjà configuré est conservé.</translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Relancez l&apos;assistant et choisissez «&#xa0;Renouveler le certificat de signature SAML d&apos;une configuration existante&#xa0;».</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft Entra.</source>
        <translation>Non connecté à Microsoft Entra.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Revenez à l&apos;étape de connexion et connectez-vous.</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1, connecté en tant que %2</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>ID de locataire</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>Rôles d&apos;annuaire</translation>
    </message>
    <message>
        <source>No Insightly instance is connected yet.</source>
        <translation>Aucune instance Insightly n&apos;est encore connectée.</translation>
    </message>
    <message>
        <source>This computer has no record of the Insightly instance.</source>
        <translation>Cet ordinateur n&apos;a aucune trace de l&apos;instance Insightly.</translation>
    </message>
    <message>
        <source>the Insightly step reads the Sign-in page URL.</source>
        <translation>l&apos;étape Insightly lit la «&#xa0;Sign-in page URL&#xa0;».</translation>
    </message>
    <message>
        <source>Sign-in page URL</source>
        <translation>Sign-in page URL</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>ID d&apos;instance</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>No Insightly SAML enterprise application was found.</source>
        <translation>Aucune application d&apos;entreprise Insightly SAML n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>Step 1 adds Insightly SAML from the Microsoft Entra gallery.</source>
        <translation>L&apos;étape 1 ajoute Insightly SAML depuis la galerie Microsoft Entra.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists in Entra.</source>
        <translation>L&apos;application enregistrée lors de la dernière exécution n&apos;existe plus dans Entra.</translation>
    </message>
    <message numerus="yes">
        <source>%n Insightly SAML applications exist; the wizard does not know which one Insightly uses.</source>
        <translation>
            <numerusform>%n application Insightly SAML existe&#xa0;; l&apos;assistant ne sait pas laquelle Insightly utilise.</numerusform>
            <numerusform>%n applications Insightly SAML existent&#xa0;; l&apos;assistant ne sait pas laquelle Insightly utilise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 lets you choose the application to keep using.</source>
        <translation>L&apos;étape 1 vous permet de choisir l&apos;application à conserver.</translation>
    </message>
    <message>
        <source>application ID %1, created %2</source>
        <translation>ID d&apos;application %1, créée le %2</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Trouvée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists; this one was found by its gallery template.</source>
        <translation>L&apos;application enregistrée lors de la dernière exécution n&apos;existe plus&#xa0;; celle-ci a été trouvée grâce à son modèle de galerie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Enterprise application object ID</source>
        <translation>ID d&apos;objet de l&apos;application d&apos;entreprise</translation>
    </message>
    <message>
        <source>Step 2 sets SAML mode, the Identifier and the Reply URL.</source>
        <translation>L&apos;étape 2 définit le mode SAML, l&apos;identificateur et l&apos;URL de réponse.</translation>
    </message>
    <message>
        <source>Single sign-on mode is &quot;%1&quot;, not SAML.</source>
        <translation>Le mode d&apos;authentification unique est «&#xa0;%1&#xa0;», et non SAML.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values; Insightly needs exactly one.</source>
        <translation>
            <numerusform>%1&#xa0;: %n valeur&#xa0;; Insightly en exige exactement une.</numerusform>
            <numerusform>%1&#xa0;: %n valeurs&#xa0;; Insightly en exige exactement une.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 differs from Insightly&apos;s Sign-in page URL.</source>
        <translation>%1 diffère de la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Identifier (Entity ID)</source>
        <translation>Identificateur (ID d&apos;entité)</translation>
    </message>
    <message>
        <source>Reply URL</source>
        <translation>URL de réponse</translation>
    </message>
    <message>
        <source>The Identifier and the Reply URL differ; both must be the Sign-in page URL.</source>
        <translation>L&apos;identificateur et l&apos;URL de réponse diffèrent&#xa0;; les deux doivent être la «&#xa0;Sign-in page URL&#xa0;».</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL are set (the Sign-in page URL is not recorded on this computer to compare with).</source>
        <translation>SAML&#xa0;; l&apos;identificateur et l&apos;URL de réponse sont définis (la «&#xa0;Sign-in page URL&#xa0;» n&apos;est pas enregistrée sur cet ordinateur pour comparaison).</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL equal the Insightly Sign-in page URL.</source>
        <translation>SAML&#xa0;; l&apos;identificateur et l&apos;URL de réponse correspondent à la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Single sign-on mode</source>
        <translation>Mode d&apos;authentification unique</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>The application has no SAML signing certificate: Entra cannot sign a sign-in (AADSTS50003).</source>
        <translation>L&apos;application n&apos;a aucun certificat de signature SAML&#xa0;: Entra ne peut pas signer de connexion (AADSTS50003).</translation>
    </message>
    <message>
        <source>Step 2 creates the certificate and makes it active.</source>
        <translation>L&apos;étape 2 crée le certificat et le rend actif.</translation>
    </message>
    <message>
        <source>No signing certificate is active (AADSTS50146 at sign-in).</source>
        <translation>Aucun certificat de signature n&apos;est actif (AADSTS50146 à la connexion).</translation>
    </message>
    <message>
        <source>The active certificate expired on %1: nobody can sign in to Insightly.</source>
        <translation>Le certificat actif a expiré le %1&#xa0;: plus personne ne peut se connecter à Insightly.</translation>
    </message>
    <message numerus="yes">
        <source>The active certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Le certificat actif expire dans %n jour, le %1.</numerusform>
            <numerusform>Le certificat actif expire dans %n jours, le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active, valid until %1 (%n days left).</source>
        <translation>
            <numerusform>Actif, valide jusqu&apos;au %1 (%n jour restant).</numerusform>
            <numerusform>Actif, valide jusqu&apos;au %1 (%n jours restants).</numerusform>
        </translation>
    </message>
    <message>
        <source>Active thumbprint</source>
        <translation>Empreinte numérique active</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>The active certificate is not the one this wizard gave Insightly (%1); Insightly rejects sign-ins unless it holds the active one.</source>
        <translation>Le certificat actif n&apos;est pas celui que cet assistant a donné à Insightly (%1)&#xa0;; Insightly refuse les connexions tant qu&apos;il ne détient pas le certificat actif.</translation>
    </message>
    <message>
        <source>Expiry notification e-mails</source>
        <translation>E-mails de notification d&apos;expiration</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Nobody gets Microsoft&apos;s expiry e-mails (60, 30 and 7 days before).</source>
        <translation>Personne ne reçoit les e-mails d&apos;expiration de Microsoft (60, 30 et 7 jours avant).</translation>
    </message>
    <message>
        <source>Add a notification e-mail in Entra: Single sign-on › SAML Certificates › Edit.</source>
        <translation>Ajoutez un e-mail de notification dans Entra&#xa0;: Authentification unique › Certificats SAML › Modifier.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Inactive certificates</source>
        <translation>Certificats inactifs</translation>
    </message>
    <message>
        <source>Step 2 tests the sign-in.</source>
        <translation>L&apos;étape 2 teste la connexion.</translation>
    </message>
    <message>
        <source>The sign-in has not been tested by this wizard.</source>
        <translation>La connexion n&apos;a pas été testée par cet assistant.</translation>
    </message>
    <message>
        <source>Passed on %1.</source>
        <translation>Réussi le %1.</translation>
    </message>
    <message>
        <source>Failed on %1.</source>
        <translation>Échec le %1.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Confirmed on %1: Insightly users sign in through Microsoft Entra.</source>
        <translation>Confirmé le %1&#xa0;: les utilisateurs Insightly se connectent via Microsoft Entra.</translation>
    </message>
    <message>
        <source>Not confirmed: users may still sign in to Insightly with a password.</source>
        <translation>Non confirmé&#xa0;: les utilisateurs peuvent encore se connecter à Insightly avec un mot de passe.</translation>
    </message>
    <message>
        <source>In Insightly, open System Settings › Security › SAML and SCIM, tick Enforce SAML Login and save; then confirm it in Step 2 of the wizard.</source>
        <translation>Dans Insightly, ouvrez «&#xa0;System Settings › Security › SAML and SCIM&#xa0;», cochez «&#xa0;Enforce SAML Login&#xa0;» et enregistrez&#xa0;; confirmez-le ensuite à l&apos;étape 2 de l&apos;assistant.</translation>
    </message>
    <message>
        <source>First pass the sign-in test; only then tick Enforce SAML Login in Insightly (System Settings › Security › SAML and SCIM) and save.</source>
        <translation>Réussissez d&apos;abord le test de connexion&#xa0;; ensuite seulement, cochez «&#xa0;Enforce SAML Login&#xa0;» dans Insightly («&#xa0;System Settings › Security › SAML and SCIM&#xa0;») et enregistrez.</translation>
    </message>
    <message>
        <source>Step 3 sets up provisioning with Insightly&apos;s SCIM endpoint and token.</source>
        <translation>L&apos;étape 3 configure l&apos;approvisionnement avec le point de terminaison SCIM et le jeton d&apos;Insightly.</translation>
    </message>
    <message>
        <source>Provisioning is not set up.</source>
        <translation>L&apos;approvisionnement n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>In quarantine (%1): %2</source>
        <translation>En quarantaine (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Tenant URL and Secret Token are not saved.</source>
        <translation>L&apos;URL de locataire et le jeton secret ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>The last cycle failed: %1</source>
        <translation>Le dernier cycle a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Provisioning is paused (%1).</source>
        <translation>L&apos;approvisionnement est suspendu (%1).</translation>
    </message>
    <message>
        <source>In Entra, open the Insightly SAML application › Provisioning and select Start provisioning.</source>
        <translation>Dans Entra, ouvrez l&apos;application Insightly SAML › Approvisionnement et sélectionnez «&#xa0;Démarrer l&apos;approvisionnement&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Running; %n user(s) could not be provisioned in the last cycle.</source>
        <translation>
            <numerusform>En cours&#xa0;; %n utilisateur n&apos;a pas pu être approvisionné lors du dernier cycle.</numerusform>
            <numerusform>En cours&#xa0;; %n utilisateurs n&apos;ont pas pu être approvisionnés lors du dernier cycle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the provisioning logs in Entra (Insightly SAML › Provisioning logs) for each user&apos;s error.</source>
        <translation>Ouvrez les journaux d&apos;approvisionnement dans Entra (Insightly SAML › Journaux d&apos;approvisionnement) pour voir l&apos;erreur de chaque utilisateur.</translation>
    </message>
    <message>
        <source>Running; the first cycle has not finished yet (it can take a while in Entra).</source>
        <translation>En cours&#xa0;; le premier cycle n&apos;est pas encore terminé (cela peut prendre un certain temps dans Entra).</translation>
    </message>
    <message>
        <source>Running; the last cycle succeeded on %1.</source>
        <translation>En cours&#xa0;; le dernier cycle a réussi le %1.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Dernier cycle</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, terminé le %2</translation>
    </message>
    <message>
        <source>Last successful cycle</source>
        <translation>Dernier cycle réussi</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent, %3 failed, %4 users in sync</source>
        <translation>%1 dans l&apos;étendue, %2 modifications envoyées, %3 en échec, %4 utilisateurs synchronisés</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>État stable</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>pas encore atteint</translation>
    </message>
    <message>
        <source>Quarantine reason</source>
        <translation>Motif de la quarantaine</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message</source>
        <translation>Message de Microsoft</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain (not shown).</source>
        <translation>Enregistré dans le trousseau de cet ordinateur (non affiché).</translation>
    </message>
    <message>
        <source>Not stored; provisioning is not set up.</source>
        <translation>Non enregistré&#xa0;; l&apos;approvisionnement n&apos;est pas configuré.</translation>
    </message>
    <message>
        <source>Not stored on this computer. Entra keeps its own copy, so provisioning is not affected.</source>
        <translation>Non enregistré sur cet ordinateur. Entra conserve sa propre copie&#xa0;; l&apos;approvisionnement n&apos;est donc pas affecté.</translation>
    </message>
    <message>
        <source>Nothing to do unless provisioning fails; then regenerate the token in Insightly and save it in Step 3 of the wizard.</source>
        <translation>Rien à faire, sauf si l&apos;approvisionnement échoue&#xa0;; régénérez alors le jeton dans Insightly et enregistrez-le à l&apos;étape 3 de l&apos;assistant.</translation>
    </message>
    <message>
        <source>Step 4 assigns users and groups.</source>
        <translation>L&apos;étape 4 affecte les utilisateurs et les groupes.</translation>
    </message>
    <message>
        <source>Nobody is assigned: no user can sign in or be provisioned.</source>
        <translation>Personne n&apos;est affecté&#xa0;: aucun utilisateur ne peut se connecter ni être approvisionné.</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) chosen in the last run are not done yet.</source>
        <translation>
            <numerusform>%n affectation choisie lors de la dernière exécution n&apos;est pas encore faite.</numerusform>
            <numerusform>%n affectations choisies lors de la dernière exécution ne sont pas encore faites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) and %1 group(s) assigned.</source>
        <translation>
            <numerusform>%n utilisateur et %1 groupe(s) affectés.</numerusform>
            <numerusform>%n utilisateurs et %1 groupe(s) affectés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Other (applications)</source>
        <translation>Autres (applications)</translation>
    </message>
    <message>
        <source>Members of assigned groups are provisioned; groups nested in them are not.</source>
        <translation>Les membres des groupes affectés sont approvisionnés&#xa0;; les groupes imbriqués dans ceux-ci ne le sont pas.</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>Chargez le certificat actif dans Insightly, ou relancez l&apos;assistant et choisissez «&#xa0;Renouveler le certificat de signature SAML d&apos;une configuration existante&#xa0;».</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>a NUL character</source>
        <translation>un caractère NUL</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>le caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 dépasse la longueur autorisée.</translation>
    </message>
    <message>
        <source>It has %L1 characters; a valid value has at most %L2.</source>
        <translation>Longueur&#xa0;: %L1 caractères&#xa0;; une valeur valide en a au plus %L2.</translation>
    </message>
    <message>
        <source>Check that you copied only the value, not a whole page or file, and paste it again.</source>
        <translation>Vérifiez que vous n&apos;avez copié que la valeur, et non une page ou un fichier entier, puis collez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 contains an invisible character.</source>
        <translation>%1 contient un caractère invisible.</translation>
    </message>
    <message>
        <source>It holds %1 at position %L2, which no valid value has.</source>
        <translation>La valeur contient %1 à la position %L2, ce qu&apos;aucune valeur valide ne contient.</translation>
    </message>
    <message>
        <source>Copy the value again from where it is shown, without anything around it, and paste it here. The wizard never uses part of a value.</source>
        <translation>Copiez à nouveau la valeur là où elle est affichée, sans rien autour, et collez-la ici. L&apos;assistant n&apos;utilise jamais une partie d&apos;une valeur.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 dépasse la taille autorisée.</translation>
    </message>
    <message>
        <source>It is %1; the wizard reads at most %2 for this.</source>
        <translation>Taille&#xa0;: %1&#xa0;; l&apos;assistant lit au plus %2 pour cet élément.</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
</context>
<context>
    <name>TlsProblem</name>
    <message>
        <source>The certificate of %1 was issued by an authority this computer does not trust.</source>
        <translation>Le certificat de %1 a été émis par une autorité que cet ordinateur n&apos;approuve pas.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>Le certificat de %1 a expiré ou n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>The certificate presented for %1 was issued for another name.</source>
        <translation>Le certificat présenté pour %1 a été émis pour un autre nom.</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked or is damaged.</source>
        <translation>Le certificat de %1 a été révoqué ou est endommagé.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>La connexion sécurisée à %1 n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Nothing was sent to it.</source>
        <translation>Rien ne lui a été envoyé.</translation>
    </message>
    <message>
        <source>Check the date and time of this computer. If your company inspects secure connections, its proxy&apos;s certificate authority must be trusted by this computer; otherwise do not continue.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur. Si votre entreprise inspecte les connexions sécurisées, l&apos;autorité de certification de son proxy doit être approuvée par cet ordinateur&#xa0;; sinon, ne continuez pas.</translation>
    </message>
</context>
<context>
    <name>insightly::AppFlow</name>
    <message>
        <source>Looking for the Insightly SAML application…</source>
        <translation>Recherche de l&apos;application Insightly SAML…</translation>
    </message>
</context>
<context>
    <name>insightly::AppPage</name>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>Étape 1 — Ajouter l&apos;application Insightly SAML</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>L&apos;application d&apos;entreprise de la galerie Microsoft Entra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one. A new application takes a little while to appear everywhere in Entra; the wizard waits for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans le centre d&apos;administration Microsoft Entra, il s&apos;agit de &lt;b&gt;Applications d&apos;entreprise › Nouvelle application&lt;/b&gt;&#xa0;: rechercher &lt;b&gt;Insightly SAML&lt;/b&gt; dans la galerie et l&apos;ajouter.&lt;/p&gt;&lt;p&gt;L&apos;assistant recherche d&apos;abord une application Insightly SAML existante et n&apos;en crée jamais une deuxième. Une nouvelle application met un peu de temps à apparaître partout dans Entra&#xa0;; l&apos;assistant l&apos;attend.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>Progress of step 1</source>
        <translation>Progression de l&apos;étape 1</translation>
    </message>
    <message>
        <source>&amp;Find or add the application</source>
        <translation>&amp;Rechercher ou ajouter l&apos;application</translation>
    </message>
    <message>
        <source>Find or add the Insightly SAML application</source>
        <translation>Rechercher ou ajouter l&apos;application Insightly SAML</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel step 1</source>
        <translation>Annuler l&apos;étape 1</translation>
    </message>
    <message>
        <source>Existing Insightly SAML applications</source>
        <translation>Applications Insightly SAML existantes</translation>
    </message>
    <message>
        <source>&amp;Use this application</source>
        <translation>&amp;Utiliser cette application</translation>
    </message>
    <message>
        <source>Use the selected application</source>
        <translation>Utiliser l&apos;application sélectionnée</translation>
    </message>
    <message>
        <source>Result of step 1</source>
        <translation>Résultat de l&apos;étape 1</translation>
    </message>
    <message>
        <source>%1 — created %2 — application id %3</source>
        <translation>%1 — créée le %2 — ID d&apos;application %3</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant. Choose the one Insightly users sign in with; the wizard does not pick one for you.</source>
        <translation>Plusieurs applications Insightly SAML existent dans ce locataire. Choisissez celle avec laquelle les utilisateurs d&apos;Insightly se connectent&#xa0;; l&apos;assistant ne choisit pas à votre place.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing more was changed; start again to continue where it stopped.</source>
        <translation>Annulé. Rien d&apos;autre n&apos;a été modifié&#xa0;; recommencez pour reprendre là où cela s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Step 1 did not finish.</source>
        <translation>L&apos;étape 1 ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Created the Insightly SAML application; Entra shows it everywhere now.</source>
        <translation>L&apos;application Insightly SAML a été créée&#xa0;; Entra l&apos;affiche désormais partout.</translation>
    </message>
    <message>
        <source>Found the existing Insightly SAML application; nothing was created.</source>
        <translation>L&apos;application Insightly SAML existante a été trouvée&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Application (client) id: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Application object id: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Enterprise application (service principal) object id: &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;ID d&apos;application (client)&#xa0;: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;ID d&apos;objet de l&apos;application&#xa0;: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;ID d&apos;objet de l&apos;application d&apos;entreprise (principal de service)&#xa0;: &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Reading what step 1 will change before it starts…</source>
        <translation>Lecture de ce que l&apos;étape 1 va modifier avant de commencer…</translation>
    </message>
</context>
<context>
    <name>insightly::AssignFlow</name>
    <message>
        <source>Assignments cannot be made yet.</source>
        <translation>Les affectations ne peuvent pas encore être effectuées.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Vous n&apos;êtes pas connecté à Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Revenez à l&apos;étape de connexion et connectez-vous.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>L&apos;application d&apos;entreprise Insightly SAML n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Revenez à l&apos;étape 1 et ajoutez ou choisissez l&apos;application.</translation>
    </message>
    <message>
        <source>%1 of %2 assigned</source>
        <translation>%1 sur %2 affectés</translation>
    </message>
    <message numerus="yes">
        <source>— %n per second</source>
        <translation>
            <numerusform>— %n par seconde</numerusform>
            <numerusform>— %n par seconde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %n second(s) left</source>
        <translation>
            <numerusform>— environ %n seconde restante</numerusform>
            <numerusform>— environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n waiting for Entra to replicate</source>
        <translation>
            <numerusform>— %n en attente de la réplication Entra</numerusform>
            <numerusform>— %n en attente de la réplication Entra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n failed</source>
        <translation>
            <numerusform>— %n en échec</numerusform>
            <numerusform>— %n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the current assignments…</source>
        <translation>Lecture des affectations actuelles…</translation>
    </message>
    <message>
        <source>Assigning: %1</source>
        <translation>Affectation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Affectation…</translation>
    </message>
    <message>
        <source>Removing the selected assignments…</source>
        <translation>Suppression des affectations sélectionnées…</translation>
    </message>
    <message>
        <source>Provisioning the selected users in Insightly now…</source>
        <translation>Approvisionnement immédiat des utilisateurs sélectionnés dans Insightly…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) are still queued; they continue when you come back to this step.</source>
        <translation>
            <numerusform>%n affectation est encore en file d&apos;attente&#xa0;; elle reprendra quand vous reviendrez à cette étape.</numerusform>
            <numerusform>%n affectations sont encore en file d&apos;attente&#xa0;; elles reprendront quand vous reviendrez à cette étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is assigned yet: find users or groups and assign them.</source>
        <translation>Personne n&apos;est encore affecté&#xa0;: recherchez des utilisateurs ou des groupes et affectez-les.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned now: %1 and %2.</source>
        <translation>Affectés maintenant&#xa0;: %1 et %2.</translation>
    </message>
    <message>
        <source>No user is selected.</source>
        <translation>Aucun utilisateur n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Provision on demand works on assigned users.</source>
        <translation>«&#xa0;Approvisionner à la demande&#xa0;» fonctionne avec les utilisateurs affectés.</translation>
    </message>
    <message>
        <source>Select users in the list of current assignments.</source>
        <translation>Sélectionnez des utilisateurs dans la liste des affectations actuelles.</translation>
    </message>
    <message>
        <source>Provisioning is not set up yet.</source>
        <translation>L&apos;approvisionnement n&apos;est pas encore configuré.</translation>
    </message>
    <message>
        <source>Step 3 has not saved and started provisioning.</source>
        <translation>L&apos;étape 3 n&apos;a pas enregistré ni démarré l&apos;approvisionnement.</translation>
    </message>
    <message>
        <source>Go back to step 3, test and save the SCIM connection.</source>
        <translation>Revenez à l&apos;étape 3, testez et enregistrez la connexion SCIM.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPage</name>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>Étape 4 — Affecter des utilisateurs et des groupes</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Qui peut se connecter à Insightly via Entra, et qui est approvisionné.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Assigning a group is faster than assigning its members one by one.&lt;/p&gt;&lt;p&gt;The lockout check lists the Insightly users who could not sign in while &lt;b&gt;Enforce SAML Login&lt;/b&gt; is ticked.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Affectez les utilisateurs et les groupes qui utilisent Insightly. Leur adresse e-mail Insightly doit correspondre à leur nom de connexion Entra.&lt;/p&gt;&lt;p&gt;Affecter un groupe est plus rapide qu&apos;affecter ses membres un par un.&lt;/p&gt;&lt;p&gt;La vérification des blocages liste les utilisateurs Insightly qui ne pourraient pas se connecter tant que &lt;b&gt;Enforce SAML Login&lt;/b&gt; est coché.&lt;/p&gt;&lt;p&gt;Les utilisateurs se connectent ensuite depuis &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State of the assignments</source>
        <translation>État des affectations</translation>
    </message>
    <message>
        <source>Step 4 tasks</source>
        <translation>Tâches de l&apos;étape 4</translation>
    </message>
    <message>
        <source>F&amp;ind and assign</source>
        <translation>Re&amp;chercher et affecter</translation>
    </message>
    <message>
        <source>Pro&amp;visioning</source>
        <translation>Appro&amp;visionnement</translation>
    </message>
    <message>
        <source>Loc&amp;kout check</source>
        <translation>Vérification des &amp;blocages</translation>
    </message>
    <message>
        <source>Assi&amp;gned (%1)</source>
        <translation>Aff&amp;ectés (%1)</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPickerPanel</name>
    <message>
        <source>Find users and groups</source>
        <translation>Rechercher des utilisateurs et des groupes</translation>
    </message>
    <message>
        <source>Name, e-mail or sign-in name</source>
        <translation>Nom, adresse e-mail ou nom de connexion</translation>
    </message>
    <message>
        <source>Find &amp;users and groups:</source>
        <translation>Rechercher des &amp;utilisateurs et des groupes&#xa0;:</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>A&amp;ffecter la sélection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running assignment</source>
        <translation>Annuler l&apos;affectation en cours</translation>
    </message>
    <message>
        <source>Assignment progress</source>
        <translation>Progression de l&apos;affectation</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Assignment rate and time left</source>
        <translation>Vitesse d&apos;affectation et temps restant</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>Rien n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>Select users or groups in the search results first.</source>
        <translation>Sélectionnez d&apos;abord des utilisateurs ou des groupes dans les résultats de la recherche.</translation>
    </message>
</context>
<context>
    <name>insightly::AssignedUsersPanel</name>
    <message>
        <source>Current assignments</source>
        <translation>Affectations actuelles</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Suppri&amp;mer la sélection</translation>
    </message>
    <message>
        <source>Provision selected users n&amp;ow</source>
        <translation>Appr&amp;ovisionner maintenant les utilisateurs sélectionnés</translation>
    </message>
    <message>
        <source>Creates the selected assigned users in Insightly now instead of waiting for the next provisioning cycle (at most 5 users per 10 seconds).</source>
        <translation>Crée maintenant dans Insightly les utilisateurs affectés sélectionnés, au lieu d&apos;attendre le prochain cycle d&apos;approvisionnement (au plus 5 utilisateurs par 10 secondes).</translation>
    </message>
    <message>
        <source>Provisioning results</source>
        <translation>Résultats de l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>User or step</source>
        <translation>Utilisateur ou étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (groupe)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (utilisateur)</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateHandoff</name>
    <message>
        <source>The certificate file is not exported yet.</source>
        <translation>Le fichier de certificat n&apos;est pas encore exporté.</translation>
    </message>
    <message>
        <source>Insightly&apos;s file field will get %1.</source>
        <translation>Le champ de fichier d&apos;Insightly recevra %1.</translation>
    </message>
    <message>
        <source>%1 was chosen in Insightly; now click Upload.</source>
        <translation>%1 a été choisi dans Insightly&#xa0;; cliquez maintenant sur «&#xa0;Upload&#xa0;».</translation>
    </message>
    <message>
        <source>Insightly holds the certificate %1.</source>
        <translation>Insightly détient le certificat %1.</translation>
    </message>
    <message>
        <source>Insightly holds another certificate (%1), not %2: upload %3.</source>
        <translation>Insightly détient un autre certificat (%1), et non %2&#xa0;: chargez %3.</translation>
    </message>
    <message>
        <source>Insightly accepted the certificate: the sign-in test passed.</source>
        <translation>Insightly a accepté le certificat&#xa0;: le test de connexion a réussi.</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateRotationFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Annulé. Recommencez pour reprendre là où cela s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>This step of the rotation did not finish.</source>
        <translation>Cette étape du renouvellement ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Recherche de la configuration existante…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>Plusieurs applications Insightly SAML existent dans ce locataire.</translation>
    </message>
    <message>
        <source>The wizard cannot tell which one Insightly signs in with.</source>
        <translation>L&apos;assistant ne peut pas déterminer laquelle Insightly utilise pour la connexion.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its certificate.</source>
        <translation>Effectuez une nouvelle configuration et choisissez l&apos;application à l&apos;étape 1&#xa0;; renouvelez ensuite son certificat.</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>Lecture des certificats de signature SAML…</translation>
    </message>
    <message>
        <source>The Insightly SAML application has no active signing certificate.</source>
        <translation>L&apos;application Insightly SAML n&apos;a aucun certificat de signature actif.</translation>
    </message>
    <message>
        <source>There is nothing to rotate: Entra does not sign Insightly sign-ins yet.</source>
        <translation>Il n&apos;y a rien à renouveler&#xa0;: Entra ne signe pas encore les connexions à Insightly.</translation>
    </message>
    <message>
        <source>Run a new setup: its step 2 creates and activates the signing certificate.</source>
        <translation>Effectuez une nouvelle configuration&#xa0;: son étape 2 crée et active le certificat de signature.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with %1.</source>
        <translation>&lt;b&gt;Le renouvellement est terminé.&lt;/b&gt; Entra signe avec %1.</translation>
    </message>
    <message>
        <source>Choose the validity, then create the new certificate.</source>
        <translation>Choisissez la validité, puis créez le nouveau certificat.</translation>
    </message>
    <message>
        <source>Creating the new signing certificate…</source>
        <translation>Création du nouveau certificat de signature…</translation>
    </message>
    <message>
        <source>Exporting the new certificate (Base64)…</source>
        <translation>Exportation du nouveau certificat (Base64)…</translation>
    </message>
    <message>
        <source>Previous certificate</source>
        <translation>Certificat précédent</translation>
    </message>
    <message>
        <source>The new certificate is active. Test one sign-in, then remove the old certificate — or roll back.</source>
        <translation>Le nouveau certificat est actif. Testez une connexion, puis supprimez l&apos;ancien certificat — ou revenez en arrière.</translation>
    </message>
    <message>
        <source>Exported. Upload the previous certificate in Insightly again, or upload the new one and activate it to retry.</source>
        <translation>Exporté. Chargez à nouveau le certificat précédent dans Insightly, ou chargez le nouveau et activez-le pour réessayer.</translation>
    </message>
    <message>
        <source>Upload the new certificate in the Insightly tab, then activate it here at once.</source>
        <translation>Chargez le nouveau certificat dans l&apos;onglet Insightly, puis activez-le ici immédiatement.</translation>
    </message>
    <message>
        <source>Activating the new certificate…</source>
        <translation>Activation du nouveau certificat…</translation>
    </message>
    <message>
        <source>The new certificate is active: Entra signs with it. Test one sign-in now.</source>
        <translation>Le nouveau certificat est actif&#xa0;: Entra signe avec lui. Testez une connexion maintenant.</translation>
    </message>
    <message>
        <source>Removing the old certificate…</source>
        <translation>Suppression de l&apos;ancien certificat…</translation>
    </message>
    <message>
        <source>The old certificate is removed.</source>
        <translation>L&apos;ancien certificat est supprimé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with the new certificate %1, which Insightly holds; the old certificate %2 is removed from the application.</source>
        <translation>&lt;b&gt;Le renouvellement est terminé.&lt;/b&gt; Entra signe avec le nouveau certificat %1, que détient Insightly&#xa0;; l&apos;ancien certificat %2 est supprimé de l&apos;application.</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>Retour au certificat précédent…</translation>
    </message>
    <message>
        <source>Rolled back: Entra signs with the previous certificate again.</source>
        <translation>Retour arrière effectué&#xa0;: Entra signe de nouveau avec le certificat précédent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; Entra signs with the previous certificate %1 again. &lt;b&gt;Now upload the previous certificate back in Insightly&lt;/b&gt; (%2): Insightly still holds the new one, so sign-ins fail until you do. The new certificate stays on the application, not active: run the rotation again to retry with it.</source>
        <translation>&lt;b&gt;Retour arrière effectué.&lt;/b&gt; Entra signe de nouveau avec le certificat précédent %1. &lt;b&gt;Chargez maintenant à nouveau le certificat précédent dans Insightly&lt;/b&gt; (%2)&#xa0;: Insightly détient encore le nouveau, donc les connexions échouent tant que vous ne l&apos;avez pas fait. Le nouveau certificat reste sur l&apos;application, inactif&#xa0;: relancez le renouvellement pour réessayer avec lui.</translation>
    </message>
</context>
<context>
    <name>insightly::ChangePlanPanel</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <source>What will change: not read yet</source>
        <translation>Ce qui va changer&#xa0;: pas encore lu</translation>
    </message>
    <message>
        <source>Changes this step will make</source>
        <translation>Modifications que cette étape va effectuer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>What will change: sign in to read it</source>
        <translation>Ce qui va changer&#xa0;: connectez-vous pour le lire</translation>
    </message>
    <message>
        <source>What will change: reading Microsoft Entra…</source>
        <translation>Ce qui va changer&#xa0;: lecture de Microsoft Entra…</translation>
    </message>
    <message>
        <source>What will change: could not be read (%1)</source>
        <translation>Ce qui va changer&#xa0;: lecture impossible (%1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>you, in Insightly</source>
        <translation>vous, dans Insightly</translation>
    </message>
    <message>
        <source>What will change: %1</source>
        <translation>Ce qui va changer&#xa0;: %1</translation>
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
        <source>Not secure — </source>
        <translation>Non sécurisé — </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir la page %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened. %2
%3</source>
        <translation>La connexion à %1 n&apos;est pas sécurisée&#xa0;: la page n&apos;a donc pas été ouverte. %2
%3</translation>
    </message>
</context>
<context>
    <name>insightly::FailurePanel</name>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copier les &amp;diagnostics</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier les diagnostics</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyHandoffPanel</name>
    <message>
        <source>Upload the certificate to Insightly</source>
        <translation>Charger le certificat dans Insightly</translation>
    </message>
    <message>
        <source>Steps to upload the certificate in Insightly</source>
        <translation>Étapes pour charger le certificat dans Insightly</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>&amp;Ouvrir les paramètres SAML d&apos;Insightly</translation>
    </message>
    <message>
        <source>Certificate offered to Insightly</source>
        <translation>Certificat proposé à Insightly</translation>
    </message>
    <message>
        <source>Upload the new certificate to Insightly</source>
        <translation>Charger le nouveau certificat dans Insightly</translation>
    </message>
    <message>
        <source>&lt;li&gt;In the Insightly tab, sign in as an administrator and open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; — &lt;i&gt;Open Insightly&apos;s SAML settings&lt;/i&gt; does it for you.&lt;/li&gt;&lt;li&gt;Click the identity provider certificate&apos;s file field: the wizard offers &lt;b&gt;Insightly SAML.cer&lt;/b&gt; already chosen.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;Dans l&apos;onglet Insightly, connectez-vous en tant qu&apos;administrateur et ouvrez &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; — &lt;i&gt;Ouvrir les paramètres SAML d&apos;Insightly&lt;/i&gt; le fait pour vous.&lt;/li&gt;&lt;li&gt;Cliquez sur le champ de fichier du certificat du fournisseur d&apos;identité&#xa0;: l&apos;assistant propose &lt;b&gt;Insightly SAML.cer&lt;/b&gt; déjà choisi.&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Then activate the new certificate here at once: sign-ins fail between the upload and the activation.</source>
        <translation>Activez ensuite immédiatement le nouveau certificat ici&#xa0;: les connexions échouent entre le chargement et l&apos;activation.</translation>
    </message>
    <message>
        <source>Do &lt;b&gt;not&lt;/b&gt; tick &lt;i&gt;Enforce SAML Login&lt;/i&gt; yet: test the sign-in first.</source>
        <translation>Ne cochez &lt;b&gt;pas&lt;/b&gt; encore &lt;i&gt;Enforce SAML Login&lt;/i&gt;&#xa0;: testez d&apos;abord la connexion.</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the Insightly tab</source>
        <translation>Ouvrir les paramètres SAML d&apos;Insightly dans l&apos;onglet Insightly</translation>
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
        <translation>Connectez-vous à Insightly en tant qu&apos;administrateur actif et copiez la clé de cet utilisateur depuis «&#xa0;User Settings › API&#xa0;».</translation>
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
        <translation>Connectez-vous à Insightly en tant qu&apos;administrateur et copiez la clé de cet utilisateur depuis «&#xa0;User Settings › API&#xa0;».</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Insightly refused the API key: copy it again from User Settings › API.</source>
        <translation>Insightly a refusé la clé API&#xa0;: copiez-la à nouveau depuis «&#xa0;User Settings › API&#xa0;».</translation>
    </message>
    <message>
        <source>The key was mistyped, belongs to another Insightly instance or pod, or was reset.</source>
        <translation>La clé a été mal saisie, appartient à une autre instance ou à un autre pod Insightly, ou a été réinitialisée.</translation>
    </message>
    <message>
        <source>In Insightly open User Settings › API, copy the API key, and paste it again.</source>
        <translation>Dans Insightly, ouvrez «&#xa0;User Settings › API&#xa0;», copiez la clé API et collez-la à nouveau.</translation>
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
        <translation>Limite&#xa0;: %1 requêtes&#xa0;; restantes&#xa0;: %2.</translation>
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
        <translation>Réessayez dans quelques minutes&#xa0;; si le problème persiste, contactez le support Insightly.</translation>
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
        <translation>Vérifiez le pod indiqué dans «&#xa0;User Settings › API&#xa0;» d&apos;Insightly.</translation>
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
        <translation>Insightly a listé plus de %1 utilisateurs&#xa0;; l&apos;assistant a arrêté la lecture à ce stade.</translation>
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
    <name>insightly::InstancePage</name>
    <message>
        <source>Your Insightly instance</source>
        <translation>Votre instance Insightly</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Copiez la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly dans l&apos;assistant.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in to Insightly in the tab below (or in your usual browser).&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here, or use &lt;i&gt;Take the URL from this page&lt;/i&gt;. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Optionally give an Insightly API key (User Settings › API key): the wizard then confirms the instance and that you are an Insightly administrator.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Connectez-vous à Insightly dans l&apos;onglet ci-dessous (ou dans votre navigateur habituel).&lt;/li&gt;&lt;li&gt;Ouvrez &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copiez la &lt;b&gt;Sign-in page URL&lt;/b&gt;. Elle ressemble à &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Collez-la ici, ou utilisez &lt;i&gt;Prendre l&apos;URL de cette page&lt;/i&gt;. L&apos;assistant l&apos;utilise à la fois comme identificateur (ID d&apos;entité) et comme URL de réponse.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Vous pouvez aussi indiquer une clé API Insightly (User Settings › API key)&#xa0;: l&apos;assistant confirme alors l&apos;instance et le fait que vous êtes administrateur Insightly.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insightly Sign-in page URL</source>
        <translation>«&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly</translation>
    </message>
    <message>
        <source>&amp;Sign-in page URL:</source>
        <translation>«&#xa0;Sign-&amp;in page URL&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Check of the Sign-in page URL</source>
        <translation>Vérification de la «&#xa0;Sign-in page URL&#xa0;»</translation>
    </message>
    <message>
        <source>Insightly pod</source>
        <translation>Pod Insightly</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod&#xa0;:</translation>
    </message>
    <message>
        <source>Insightly API key (optional)</source>
        <translation>Clé API Insightly (facultative)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Check &amp;key</source>
        <translation>&amp;Vérifier la clé</translation>
    </message>
    <message>
        <source>Check the Insightly API key</source>
        <translation>Vérifier la clé API Insightly</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>Clé &amp;API Insightly&#xa0;:</translation>
    </message>
    <message>
        <source>Result of the API key check</source>
        <translation>Résultat de la vérification de la clé API</translation>
    </message>
    <message>
        <source>Insightly pod to open</source>
        <translation>Pod Insightly à ouvrir</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>&amp;Ouvrir les paramètres SAML d&apos;Insightly</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the tab below</source>
        <translation>Ouvrir les paramètres SAML d&apos;Insightly dans l&apos;onglet ci-dessous</translation>
    </message>
    <message>
        <source>&amp;Take the URL from this page</source>
        <translation>Prendre l&apos;&amp;URL de cette page</translation>
    </message>
    <message>
        <source>Take the Sign-in page URL from the Insightly page</source>
        <translation>Prendre la «&#xa0;Sign-in page URL&#xa0;» depuis la page Insightly</translation>
    </message>
    <message>
        <source>Paste Insightly&apos;s Sign-in page URL.</source>
        <translation>Collez la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly.</translation>
    </message>
    <message>
        <source>This is a Sign-in page URL (instance %1).</source>
        <translation>Ceci est une «&#xa0;Sign-in page URL&#xa0;» (instance %1).</translation>
    </message>
    <message>
        <source>The Sign-in page URL is not on the page shown. Sign in to Insightly, open System Settings › Security › SAML and SCIM, then try again — or copy the URL by hand.</source>
        <translation>La «&#xa0;Sign-in page URL&#xa0;» ne figure pas sur la page affichée. Connectez-vous à Insightly, ouvrez System Settings › Security › SAML and SCIM, puis réessayez — ou copiez l&apos;URL à la main.</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Saisissez d&apos;abord la clé API.</translation>
    </message>
    <message>
        <source>Enter a valid Sign-in page URL first: it names the instance.</source>
        <translation>Saisissez d&apos;abord une «&#xa0;Sign-in page URL&#xa0;» valide&#xa0;: elle désigne l&apos;instance.</translation>
    </message>
    <message>
        <source>Checking the key with Insightly…</source>
        <translation>Vérification de la clé auprès d&apos;Insightly…</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator of this Insightly instance. It was saved in the system keychain.</source>
        <translation>La clé appartient à %1, administrateur de cette instance Insightly. Elle a été enregistrée dans le trousseau système.</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator, but it could not be saved: %2</source>
        <translation>La clé appartient à %1, administrateur, mais n&apos;a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>insightly::ItemDetails</name>
    <message>
        <source>The selected row in full</source>
        <translation>La ligne sélectionnée en entier</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckFlow</name>
    <message>
        <source>The lockout check cannot run yet.</source>
        <translation>La vérification des blocages ne peut pas encore être exécutée.</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Vous n&apos;êtes pas connecté à Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Revenez à l&apos;étape de connexion et connectez-vous.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>L&apos;application d&apos;entreprise Insightly SAML n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Revenez à l&apos;étape 1 et ajoutez ou choisissez l&apos;application.</translation>
    </message>
    <message>
        <source>Your Insightly instance is not known yet.</source>
        <translation>Votre instance Insightly n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>Go back to the Insightly instance page and confirm your Sign-in page URL.</source>
        <translation>Revenez à la page de l&apos;instance Insightly et confirmez votre «&#xa0;Sign-in page URL&#xa0;».</translation>
    </message>
    <message>
        <source>The Insightly API key is needed for this check.</source>
        <translation>La clé API Insightly est nécessaire pour cette vérification.</translation>
    </message>
    <message>
        <source>It reads Insightly&apos;s user list to compare it with the assignments in Entra.</source>
        <translation>Elle lit la liste des utilisateurs d&apos;Insightly pour la comparer aux affectations dans Entra.</translation>
    </message>
    <message>
        <source>In Insightly, open User Settings › API key, copy it, and paste it here.</source>
        <translation>Dans Insightly, ouvrez «&#xa0;User Settings&#xa0;» › «&#xa0;API key&#xa0;», copiez la clé et collez-la ici.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>La vérification n&apos;a pas pu être exécutée.</translation>
    </message>
    <message>
        <source>Comparing Insightly&apos;s users with the assignments in Entra…</source>
        <translation>Comparaison des utilisateurs d&apos;Insightly avec les affectations dans Entra…</translation>
    </message>
    <message numerus="yes">
        <source>Every active Insightly user (%n) can sign in through Entra.</source>
        <translation>
            <numerusform>L&apos;utilisateur Insightly actif (%n) peut se connecter via Entra.</numerusform>
            <numerusform>Tous les utilisateurs Insightly actifs (%n) peuvent se connecter via Entra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 active Insightly user(s) could not sign in once SAML login is enforced.</source>
        <translation>
            <numerusform>%n utilisateur Insightly actif sur %1 ne pourrait plus se connecter une fois la connexion SAML imposée.</numerusform>
            <numerusform>%n utilisateurs Insightly actifs sur %1 ne pourraient plus se connecter une fois la connexion SAML imposée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them can be fixed by assigning their Entra user.</source>
        <translation>
            <numerusform>%n d&apos;entre eux peut être corrigé en affectant son utilisateur Entra.</numerusform>
            <numerusform>%n d&apos;entre eux peuvent être corrigés en affectant leur utilisateur Entra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly has more users than the check reads; the list may be incomplete.</source>
        <translation>Insightly compte plus d&apos;utilisateurs que la vérification n&apos;en lit&#xa0;; la liste peut être incomplète.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <source> — Entra user %1 is not assigned</source>
        <translation> — l&apos;utilisateur Entra %1 n&apos;est pas affecté</translation>
    </message>
    <message>
        <source> — no Entra user with this e-mail</source>
        <translation> — aucun utilisateur Entra avec cette adresse e-mail</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckPanel</name>
    <message>
        <source>What the lockout check does</source>
        <translation>Ce que fait la vérification des blocages</translation>
    </message>
    <message>
        <source>Once Enforce SAML Login is ticked in Insightly, only users assigned in Entra can sign in. The check compares Insightly&apos;s active users with the assignments. It reads Insightly&apos;s user list with your API key (Insightly: User Settings › API key), kept in the system keychain.</source>
        <translation>Une fois «&#xa0;Enforce SAML Login&#xa0;» coché dans Insightly, seuls les utilisateurs affectés dans Entra peuvent se connecter. La vérification compare les utilisateurs actifs d&apos;Insightly aux affectations. Elle lit la liste des utilisateurs d&apos;Insightly avec votre clé API (Insightly&#xa0;: «&#xa0;User Settings&#xa0;» › «&#xa0;API key&#xa0;»), conservée dans le trousseau système.</translation>
    </message>
    <message>
        <source>Insightly API key</source>
        <translation>Clé API Insightly</translation>
    </message>
    <message>
        <source>Empty: the key kept in the keychain</source>
        <translation>Vide&#xa0;: la clé conservée dans le trousseau</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>C&amp;lé API Insightly&#xa0;:</translation>
    </message>
    <message>
        <source>Check for &amp;lockouts</source>
        <translation>Vérifier les bloca&amp;ges</translation>
    </message>
    <message>
        <source>Result of the lockout check</source>
        <translation>Résultat de la vérification des blocages</translation>
    </message>
    <message>
        <source>Insightly users who could not sign in</source>
        <translation>Utilisateurs Insightly qui ne pourraient pas se connecter</translation>
    </message>
    <message>
        <source>Assign the &amp;matching Entra users</source>
        <translation>Affecter les utilisateurs Entra co&amp;rrespondants</translation>
    </message>
    <message>
        <source>Assigning the matching Entra users…</source>
        <translation>Affectation des utilisateurs Entra correspondants…</translation>
    </message>
</context>
<context>
    <name>insightly::OperationView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Progression&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>insightly::PreflightView</name>
    <message>
        <source>Tenant:</source>
        <translation>Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Connecté en tant que&#xa0;:</translation>
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
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Result of the checks</source>
        <translation>Résultat des vérifications</translation>
    </message>
</context>
<context>
    <name>insightly::ReminderSchedule</name>
    <message>
        <source>The weekly check needs the program&apos;s path and the tenant.</source>
        <translation>La vérification hebdomadaire a besoin du chemin du programme et du locataire.</translation>
    </message>
    <message>
        <source>The schedule could not be written to %1.</source>
        <translation>La planification n&apos;a pas pu être écrite dans %1.</translation>
    </message>
    <message>
        <source>The weekly check is saved in %1, but no user systemd runs here to start it. It starts with your next desktop session, or now with: systemctl --user enable --now %2.timer</source>
        <translation>La vérification hebdomadaire est enregistrée dans %1, mais aucun systemd utilisateur ne s&apos;exécute ici pour la lancer. Elle démarrera avec votre prochaine session de bureau, ou maintenant avec&#xa0;: systemctl --user enable --now %2.timer</translation>
    </message>
    <message>
        <source>The weekly check is saved, but systemd did not start its timer: %1</source>
        <translation>La vérification hebdomadaire est enregistrée, mais systemd n&apos;a pas démarré son minuteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The weekly check is saved, but launchd did not load it: %1</source>
        <translation>La vérification hebdomadaire est enregistrée, mais launchd ne l&apos;a pas chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the weekly check: %1</source>
        <translation>Le Planificateur de tâches n&apos;a pas accepté la vérification hebdomadaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The setup is now checked every Monday; you get a notification when it needs attention.</source>
        <translation>La configuration est désormais vérifiée chaque lundi&#xa0;; vous recevez une notification lorsqu&apos;elle demande votre attention.</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The weekly check is removed.</source>
        <translation>La vérification hebdomadaire est supprimée.</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupDialog</name>
    <message>
        <source>Removed:</source>
        <translation>Supprimé&#xa0;:</translation>
    </message>
    <message>
        <source>Not touched:</source>
        <translation>Non modifié&#xa0;:</translation>
    </message>
    <message>
        <source>In Insightly (the wizard cannot do this for you):</source>
        <translation>Dans Insightly (l&apos;assistant ne peut pas le faire pour vous)&#xa0;:</translation>
    </message>
    <message>
        <source>Remove what this wizard created</source>
        <translation>Supprimer ce que cet assistant a créé</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>Ce qui sera supprimé</translation>
    </message>
    <message>
        <source>I have &amp;unticked Enforce SAML Login in Insightly, or I accept that SAML sign-in stops working</source>
        <translation>J&apos;ai &amp;décoché «&#xa0;Enforce SAML Login&#xa0;» dans Insightly, ou j&apos;accepte que la connexion SAML cesse de fonctionner</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>État de la suppression</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep everything</source>
        <translation>&amp;Tout conserver</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already removed: %1</source>
        <translation>Déjà supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupFlow</name>
    <message>
        <source>Nothing was removed: the wizard is not signed in to Microsoft Entra.</source>
        <translation>Rien n&apos;a été supprimé&#xa0;: l&apos;assistant n&apos;est pas connecté à Microsoft Entra.</translation>
    </message>
    <message>
        <source>Sign in again, then remove the setup.</source>
        <translation>Reconnectez-vous, puis supprimez la configuration.</translation>
    </message>
    <message>
        <source>Deleting the Insightly SAML application in Microsoft Entra…</source>
        <translation>Suppression de l&apos;application Insightly SAML dans Microsoft Entra…</translation>
    </message>
    <message>
        <source>Removing the setup&apos;s secrets from the system keychain…</source>
        <translation>Suppression des secrets de la configuration du trousseau système…</translation>
    </message>
    <message>
        <source>A secret could not be removed from the system keychain.</source>
        <translation>Un secret n&apos;a pas pu être supprimé du trousseau système.</translation>
    </message>
    <message>
        <source>Unlock the keychain and remove the setup again: what was already removed stays removed.</source>
        <translation>Déverrouillez le trousseau et supprimez à nouveau la configuration&#xa0;: ce qui a déjà été supprimé le reste.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>insightly::RotateCertificatePage</name>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>Renouveler le certificat de signature SAML</translation>
    </message>
    <message>
        <source>A new certificate for Insightly with the shortest possible cut-over, and a way back.</source>
        <translation>Un nouveau certificat pour Insightly, avec une bascule la plus courte possible et un moyen de revenir en arrière.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create the new certificate: Entra keeps signing with the current one.&lt;/li&gt;&lt;li&gt;Upload the new &lt;b&gt;Certificate (Base64)&lt;/b&gt; in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;At once, &lt;b&gt;activate&lt;/b&gt; it here: Insightly holds one certificate, so sign-ins fail between the upload and the activation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test&lt;/b&gt; one sign-in.&lt;/li&gt;&lt;li&gt;It works: &lt;b&gt;remove the old certificate&lt;/b&gt;. It does not: &lt;b&gt;roll back&lt;/b&gt; and upload the previous certificate in Insightly again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Créez le nouveau certificat&#xa0;: Entra continue de signer avec le certificat actuel.&lt;/li&gt;&lt;li&gt;Chargez le nouveau &lt;b&gt;Certificat (Base64)&lt;/b&gt; dans les paramètres SAML d&apos;Insightly.&lt;/li&gt;&lt;li&gt;Aussitôt, &lt;b&gt;activez&lt;/b&gt;-le ici&#xa0;: Insightly ne conserve qu&apos;un seul certificat, donc les connexions échouent entre le chargement et l&apos;activation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Testez&lt;/b&gt; une connexion.&lt;/li&gt;&lt;li&gt;Elle fonctionne&#xa0;: &lt;b&gt;supprimez l&apos;ancien certificat&lt;/b&gt;. Elle ne fonctionne pas&#xa0;: &lt;b&gt;revenez en arrière&lt;/b&gt; et chargez à nouveau le certificat précédent dans Insightly.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The current signing certificate</source>
        <translation>Le certificat de signature actuel</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Recherche de la configuration existante…</translation>
    </message>
    <message>
        <source>Validity of the new signing certificate, in years</source>
        <translation>Validité du nouveau certificat de signature, en années</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Nouveau certificat &amp;valide pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the new and the previous certificate files</source>
        <translation>Dossier des fichiers du nouveau et du précédent certificat</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Certificate rotation</source>
        <translation>Renouvellement du certificat</translation>
    </message>
    <message>
        <source>Choose the folder for the certificate files</source>
        <translation>Choisir le dossier des fichiers de certificat</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>Enregistrer les fichiers da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;reate the new certificate</source>
        <translation>Créer &amp;le nouveau certificat</translation>
    </message>
    <message>
        <source>Create the new signing certificate, not active yet, and export it</source>
        <translation>Créer le nouveau certificat de signature, pas encore actif, et l&apos;exporter</translation>
    </message>
    <message>
        <source>Cancel the running certificate operation</source>
        <translation>Annuler l&apos;opération de certificat en cours</translation>
    </message>
    <message>
        <source>Exported certificate files</source>
        <translation>Fichiers de certificat exportés</translation>
    </message>
    <message>
        <source>How the cut-over works</source>
        <translation>Fonctionnement de la bascule</translation>
    </message>
    <message>
        <source>&amp;Activate the new certificate</source>
        <translation>Act&amp;iver le nouveau certificat</translation>
    </message>
    <message>
        <source>Activate the new certificate in Entra (after the upload in Insightly)</source>
        <translation>Activer le nouveau certificat dans Entra (après le chargement dans Insightly)</translation>
    </message>
    <message>
        <source>Re&amp;move the old certificate</source>
        <translation>Supp&amp;rimer l&apos;ancien certificat</translation>
    </message>
    <message>
        <source>Remove the old signing certificate from the application</source>
        <translation>Supprimer l&apos;ancien certificat de signature de l&apos;application</translation>
    </message>
    <message>
        <source>Roll back: make the previous certificate active again</source>
        <translation>Revenir en arrière&#xa0;: rendre le certificat précédent à nouveau actif</translation>
    </message>
    <message>
        <source>Result of the rotation</source>
        <translation>Résultat du renouvellement</translation>
    </message>
    <message>
        <source>&amp;Look for the setup again</source>
        <translation>Rec&amp;hercher à nouveau la configuration</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>new, not active yet</source>
        <translation>nouveau, pas encore actif</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>précédent</translation>
    </message>
    <message>
        <source>%1 — %2, expires %3 (%4)</source>
        <translation>%1 — %2, expire le %3 (%4)</translation>
    </message>
    <message>
        <source>The application has no signing certificate.</source>
        <translation>L&apos;application n&apos;a aucun certificat de signature.</translation>
    </message>
    <message>
        <source>Signing certificates of the Insightly SAML application:</source>
        <translation>Certificats de signature de l&apos;application Insightly SAML&#xa0;:</translation>
    </message>
    <message>
        <source>Folder for the certificate files</source>
        <translation>Dossier des fichiers de certificat</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Choisissez un dossier dans lequel l&apos;assistant peut écrire.</translation>
    </message>
    <message>
        <source>New certificate: %1
Previous certificate, for a rollback: %2</source>
        <translation>Nouveau certificat&#xa0;: %1
Certificat précédent, pour revenir en arrière&#xa0;: %2</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>the rotation</source>
        <translation>Renouvellement du certificat</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cut-over.&lt;/b&gt; Insightly holds one certificate: from the moment you upload the new one until you click &lt;i&gt;Activate the new certificate&lt;/i&gt;, sign-ins to Insightly fail. Upload it in the Insightly tab, then activate it here right away.</source>
        <translation>&lt;b&gt;La bascule.&lt;/b&gt; Insightly détient un seul certificat&#xa0;: entre le moment où vous chargez le nouveau et votre clic sur &lt;i&gt;Activer le nouveau certificat&lt;/i&gt;, les connexions à Insightly échouent. Chargez-le dans l&apos;onglet Insightly, puis activez-le ici immédiatement.</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Roll bac&amp;k</source>
        <translation>R&amp;evenir en arrière</translation>
    </message>
    <message>
        <source>Ex&amp;port the certificates again</source>
        <translation>E&amp;xporter à nouveau les certificats</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
</context>
<context>
    <name>insightly::RotateScimTokenPage</name>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>Renouveler le jeton SCIM</translation>
    </message>
    <message>
        <source>A new Secret Token from Insightly, tested and saved in Entra.</source>
        <translation>Un nouveau jeton secret d&apos;Insightly, testé et enregistré dans Entra.</translation>
    </message>
    <message>
        <source>Where to regenerate the token</source>
        <translation>Où régénérer le jeton</translation>
    </message>
    <message>
        <source>New Secret Token (Insightly&apos;s regenerated SCIM token)</source>
        <translation>Nouveau jeton secret (le jeton SCIM régénéré d&apos;Insightly)</translation>
    </message>
    <message>
        <source>the new token Insightly shows after Regenerate</source>
        <translation>le nouveau jeton qu&apos;Insightly affiche après «&#xa0;Regenerate&#xa0;»</translation>
    </message>
    <message>
        <source>New Secret &amp;Token:</source>
        <translation>Nouveau &amp;jeton secret&#xa0;:</translation>
    </message>
    <message>
        <source>Test and &amp;save the new token</source>
        <translation>Tester et &amp;enregistrer le nouveau jeton</translation>
    </message>
    <message>
        <source>Test the new token and save it in Microsoft Entra</source>
        <translation>Tester le nouveau jeton et l&apos;enregistrer dans Microsoft Entra</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the running test or save</source>
        <translation>Annuler le test ou l&apos;enregistrement en cours</translation>
    </message>
    <message>
        <source>Progress of the token rotation</source>
        <translation>Progression du renouvellement du jeton</translation>
    </message>
    <message>
        <source>Result of the token rotation</source>
        <translation>Résultat du renouvellement du jeton</translation>
    </message>
    <message>
        <source>System Settings › Security › SAML and SCIM</source>
        <translation>System Settings › Security › SAML and SCIM</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Regenerate&lt;/b&gt; next to the SCIM token. &lt;b&gt;The old token stops working at once&lt;/b&gt;: provisioning fails until the new one is saved here.&lt;/li&gt;&lt;li&gt;Copy the new token and paste it in the &lt;b&gt;New token&lt;/b&gt; tab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test and save&lt;/b&gt;: the wizard and Microsoft Entra test it; Entra keeps it only when its test passed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans l&apos;onglet &lt;b&gt;Insightly&lt;/b&gt;, ouvrez &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Regenerate&lt;/b&gt; à côté du jeton SCIM. &lt;b&gt;L&apos;ancien jeton cesse immédiatement de fonctionner&lt;/b&gt;&#xa0;: l&apos;approvisionnement échoue jusqu&apos;à ce que le nouveau soit enregistré ici.&lt;/li&gt;&lt;li&gt;Copiez le nouveau jeton et collez-le dans l&apos;onglet &lt;b&gt;Nouveau jeton&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tester et enregistrer&lt;/b&gt;&#xa0;: l&apos;assistant et Microsoft Entra le testent&#xa0;; Entra ne le conserve que si son test a réussi.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>New token and Insightly</source>
        <translation>Nouveau jeton et Insightly</translation>
    </message>
    <message>
        <source>Ne&amp;w token</source>
        <translation>Nou&amp;veau jeton</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>&amp;Insightly</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regenerate cancels the old token at once.&lt;/b&gt; In the Insightly tab (%1), click &lt;b&gt;Regenerate&lt;/b&gt; under SCIM provisioning, copy the new token and paste it here. Until it is saved, Entra&apos;s provisioning to Insightly fails.</source>
        <translation>&lt;b&gt;«&#xa0;Regenerate&#xa0;» annule immédiatement l&apos;ancien jeton.&lt;/b&gt; Dans l&apos;onglet Insightly (%1), cliquez sur &lt;b&gt;Regenerate&lt;/b&gt; sous l&apos;approvisionnement SCIM, copiez le nouveau jeton et collez-le ici. Tant qu&apos;il n&apos;est pas enregistré, l&apos;approvisionnement d&apos;Entra vers Insightly échoue.</translation>
    </message>
</context>
<context>
    <name>insightly::SamlPage</name>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>Étape 2 — Configurer l&apos;authentification unique SAML</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>Identificateur, URL de réponse et certificat de signature&#xa0;; le certificat est ensuite transmis à Insightly.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly and save.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Méthode d&apos;authentification unique&#xa0;: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identificateur (ID d&apos;entité)&lt;/b&gt; et &lt;b&gt;URL de réponse&lt;/b&gt;&#xa0;: la «&#xa0;Sign-in page URL&#xa0;» d&apos;Insightly.&lt;/li&gt;&lt;li&gt;Téléchargez le &lt;b&gt;Certificat (Base64)&lt;/b&gt; (recommandé) ou le &lt;b&gt;XML de métadonnées de fédération&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Chargez-le dans les paramètres SAML d&apos;Insightly.&lt;/li&gt;&lt;li&gt;Testez la connexion. Cochez seulement ensuite &lt;b&gt;Enforce SAML Login&lt;/b&gt; dans Insightly et enregistrez.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Validity of a new signing certificate, in years</source>
        <translation>Validité d&apos;un nouveau certificat de signature, en années</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>Nouveau certificat &amp;valide pendant&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail addresses notified before the certificate expires</source>
        <translation>Adresses e-mail averties avant l&apos;expiration du certificat</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas (at most 5)</source>
        <translation>une ou plusieurs adresses, séparées par des virgules (5 au plus)</translation>
    </message>
    <message>
        <source>Expiry &amp;notifications to:</source>
        <translation>Avis d&apos;e&amp;xpiration à&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;figure SAML</source>
        <translation>Con&amp;figurer SAML</translation>
    </message>
    <message>
        <source>Configure SAML single sign-on and the signing certificate</source>
        <translation>Configurer l&apos;authentification unique SAML et le certificat de signature</translation>
    </message>
    <message>
        <source>Cancel step 2</source>
        <translation>Annuler l&apos;étape 2</translation>
    </message>
    <message>
        <source>Folder for the certificate and metadata files</source>
        <translation>Dossier des fichiers de certificat et de métadonnées</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>Choisir le dossier des fichiers</translation>
    </message>
    <message>
        <source>&amp;Export files</source>
        <translation>&amp;Exporter les fichiers</translation>
    </message>
    <message>
        <source>Export Certificate (Base64) and Federation Metadata XML</source>
        <translation>Exporter le Certificat (Base64) et le XML de métadonnées de fédération</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>Fichiers exportés</translation>
    </message>
    <message>
        <source>Folder for the Insightly SAML files</source>
        <translation>Dossier des fichiers Insightly SAML</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>Choisissez un dossier dans lequel l&apos;assistant peut écrire.</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>%1 et %2 ont été enregistrés.</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>step 2</source>
        <translation>Étape 2</translation>
    </message>
    <message>
        <source>Entra&apos;s values and certificate setting&amp;s</source>
        <translation>Valeurs d&apos;Entra et paramètres de cert&amp;ificat</translation>
    </message>
    <message>
        <source>Show Entra&apos;s SAML values and the certificate options</source>
        <translation>Afficher les valeurs SAML d&apos;Entra et les options de certificat</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>Enregistrer les fichiers da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>Test de connexion</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlSetupFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>Annulé. Recommencez pour reprendre là où cela s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Step 2 did not finish.</source>
        <translation>L&apos;étape 2 ne s&apos;est pas terminée.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>Activation de l&apos;authentification unique SAML…</translation>
    </message>
    <message>
        <source>SAML is on; the active signing certificate is valid long enough and was kept.</source>
        <translation>SAML est activé&#xa0;; le certificat de signature actif est valide assez longtemps et a été conservé.</translation>
    </message>
    <message>
        <source>SAML is on, with a new signing certificate made active.</source>
        <translation>SAML est activé, avec un nouveau certificat de signature rendu actif.</translation>
    </message>
    <message>
        <source>SAML is configured. Upload the certificate in the Insightly tab, then test the sign-in.</source>
        <translation>SAML est configuré. Chargez le certificat dans l&apos;onglet Insightly, puis testez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in works. Tick Enforce SAML Login in Insightly, save, then confirm here.</source>
        <translation>La connexion fonctionne. Cochez «&#xa0;Enforce SAML Login&#xa0;» dans Insightly, enregistrez, puis confirmez ici.</translation>
    </message>
    <message>
        <source>Step 2 is complete: the sign-in works and SAML login is enforced in Insightly.</source>
        <translation>L&apos;étape 2 est terminée&#xa0;: la connexion fonctionne et la connexion SAML est imposée dans Insightly.</translation>
    </message>
    <message>
        <source>Exporting Certificate (Base64) and Federation Metadata XML…</source>
        <translation>Exportation du Certificat (Base64) et du XML de métadonnées de fédération…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlValuesPanel</name>
    <message>
        <source>Set up Insightly SAML — the values Entra shows</source>
        <translation>Configurer Insightly SAML — les valeurs affichées par Entra</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>URL de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>URL de connexion</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier:</source>
        <translation>Identificateur Microsoft Entra&#xa0;:</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier</source>
        <translation>Identificateur Microsoft Entra</translation>
    </message>
    <message>
        <source>Logout URL:</source>
        <translation>URL de déconnexion&#xa0;:</translation>
    </message>
    <message>
        <source>Logout URL</source>
        <translation>URL de déconnexion</translation>
    </message>
    <message>
        <source>Certificate thumbprint:</source>
        <translation>Empreinte numérique du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Thumbprint of the active signing certificate</source>
        <translation>Empreinte numérique du certificat de signature actif</translation>
    </message>
    <message>
        <source>Certificate expires:</source>
        <translation>Expiration du certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Expiry of the active signing certificate</source>
        <translation>Expiration du certificat de signature actif</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
</context>
<context>
    <name>insightly::SavedSession</name>
    <message>
        <source>No setup was found on this computer.</source>
        <translation>Aucune configuration n&apos;a été trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No setup of tenant %1 was found on this computer (known tenant ids: %2).</source>
        <translation>Aucune configuration du locataire %1 n&apos;a été trouvée sur cet ordinateur (ID de locataire connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>No setup for the Insightly instance %1 was found on this computer.</source>
        <translation>Aucune configuration de l&apos;instance Insightly %1 n&apos;a été trouvée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Run the wizard on this computer and sign in to the tenant once (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>Exécutez l&apos;assistant sur cet ordinateur et connectez-vous une fois au locataire (ou indiquez avec --tenant l&apos;ID de locataire d&apos;une configuration faite ici).</translation>
    </message>
    <message>
        <source>Not signed in: the saved session could not be used (%1)</source>
        <translation>Non connecté&#xa0;: la session enregistrée n&apos;a pas pu être utilisée (%1)</translation>
    </message>
    <message>
        <source>none is saved</source>
        <translation>aucune n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>Run the wizard and sign in: the saved session is then used.</source>
        <translation>Exécutez l&apos;assistant et connectez-vous&#xa0;: la session enregistrée sera ensuite utilisée.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimCredentialsForm</name>
    <message>
        <source>Tenant URL (Insightly&apos;s SCIM endpoint)</source>
        <translation>URL de locataire (point de terminaison SCIM d&apos;Insightly)</translation>
    </message>
    <message>
        <source>https://api.na1.insightly.com/scim/v2</source>
        <translation>https://api.na1.insightly.com/scim/v2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste the Tenant URL</source>
        <translation>Coller l&apos;URL de locataire</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>&amp;URL de locataire&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the Secret Token</source>
        <translation>Coller le jeton secret</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>Jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>About the Tenant URL</source>
        <translation>À propos de l&apos;URL de locataire</translation>
    </message>
    <message>
        <source>The Secret Token as read, masked</source>
        <translation>Le jeton secret tel que lu, masqué</translation>
    </message>
    <message>
        <source>About the Secret Token</source>
        <translation>À propos du jeton secret</translation>
    </message>
</context>
<context>
    <name>insightly::ScimFlow</name>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Vous n&apos;êtes pas connecté à Microsoft Entra ID.</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>Revenez à l&apos;étape de connexion et connectez-vous.</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>L&apos;application d&apos;entreprise Insightly SAML n&apos;est pas encore connue.</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>Revenez à l&apos;étape 1 et ajoutez ou choisissez l&apos;application.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimPage</name>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>Étape 3 — Connecter l&apos;approvisionnement SCIM</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>Le point de terminaison et le jeton SCIM d&apos;Insightly, testés et enregistrés dans Entra.</translation>
    </message>
    <message>
        <source>Secret Token (Insightly&apos;s SCIM token)</source>
        <translation>Jeton secret (jeton SCIM d&apos;Insightly)</translation>
    </message>
    <message>
        <source>the token Insightly shows</source>
        <translation>le jeton affiché par Insightly</translation>
    </message>
    <message>
        <source>Secret &amp;Token:</source>
        <translation>&amp;Jeton secret&#xa0;:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Enregistrer et démarrer</translation>
    </message>
    <message>
        <source>Save and start provisioning</source>
        <translation>Enregistrer et démarrer l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>Annuler l&apos;opération en cours</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier les diagnostics</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(ID de requête %1)</translation>
    </message>
    <message>
        <source>Testing Insightly&apos;s SCIM endpoint from this computer and from Microsoft Entra…</source>
        <translation>Test du point de terminaison SCIM d&apos;Insightly depuis cet ordinateur et depuis Microsoft Entra…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…</source>
        <translation>Enregistrement de l&apos;URL de locataire et du jeton secret dans Microsoft Entra et démarrage de l&apos;approvisionnement…</translation>
    </message>
    <message>
        <source>Saved. Provisioning is started.</source>
        <translation>Enregistré. L&apos;approvisionnement est démarré.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; into &lt;i&gt;Tenant URL&lt;/i&gt; and the &lt;b&gt;token&lt;/b&gt; into &lt;i&gt;Secret Token&lt;/i&gt; in the &lt;b&gt;SCIM connection&lt;/b&gt; tab (use the paste buttons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test connection&lt;/b&gt;: the wizard checks the endpoint from this computer and asks Microsoft Entra to test it too.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save and start&lt;/b&gt;: Entra keeps the values and provisions the users and groups assigned to the app.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Regenerating the token in Insightly cancels the old one: paste the new one here and save again.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Dans l&apos;onglet &lt;b&gt;Insightly&lt;/b&gt;, cochez &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; et cliquez sur &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Dans l&apos;onglet &lt;b&gt;Connexion SCIM&lt;/b&gt;, copiez le &lt;b&gt;point de terminaison SCIM&lt;/b&gt; dans &lt;i&gt;URL de locataire&lt;/i&gt; et le &lt;b&gt;jeton&lt;/b&gt; dans &lt;i&gt;Jeton secret&lt;/i&gt; (utilisez les boutons de collage).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tester la connexion&lt;/b&gt;&#xa0;: l&apos;assistant vérifie le point de terminaison depuis cet ordinateur et demande aussi à Microsoft Entra de le tester.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Enregistrer et démarrer&lt;/b&gt;&#xa0;: Entra conserve les valeurs et approvisionne les utilisateurs et groupes affectés à l&apos;application.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Régénérer le jeton dans Insightly annule l&apos;ancien&#xa0;: collez le nouveau ici et enregistrez à nouveau.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SCIM connection and Insightly</source>
        <translation>Connexion SCIM et Insightly</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>Tester la c&amp;onnexion</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n&apos;a pas fonctionné</translation>
    </message>
    <message>
        <source>SCIM c&amp;onnection</source>
        <translation>&amp;Connexion SCIM</translation>
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
        <translation>Ignoré&#xa0;: le nom d&apos;hôte n&apos;a pas pu être résolu.</translation>
    </message>
    <message>
        <source>Skipped: no connection to the server.</source>
        <translation>Ignoré&#xa0;: aucune connexion au serveur.</translation>
    </message>
    <message>
        <source>Skipped: no trusted encrypted connection, so the token is not sent.</source>
        <translation>Ignoré&#xa0;: aucune connexion chiffrée approuvée, le jeton n&apos;est donc pas envoyé.</translation>
    </message>
    <message>
        <source>Skipped: no answer to the previous request.</source>
        <translation>Ignoré&#xa0;: aucune réponse à la requête précédente.</translation>
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
        <translation>Recherche d&apos;utilisateur telle que l&apos;effectue «&#xa0;Tester la connexion&#xa0;» d&apos;Entra</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Skipped: the wizard has no network access.</source>
        <translation>Ignoré&#xa0;: l&apos;assistant n&apos;a pas d&apos;accès réseau.</translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation>%1 est une adresse IP&#xa0;; aucune résolution nécessaire.</translation>
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
        <translation>%1&#xa0;: aucune réponse</translation>
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
    <message>
        <source>Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and paste it exactly as shown, without adding /Users.</source>
        <translation>Copiez à nouveau le point de terminaison SCIM depuis Insightly («&#xa0;System Settings&#xa0;», «&#xa0;Security&#xa0;», «&#xa0;SAML and SCIM&#xa0;») et collez-le exactement tel qu&apos;il est affiché, sans ajouter /Users.</translation>
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
        <translation>Rien ne répond à cette adresse et sur ce port&#xa0;: un port erroné dans l&apos;URL de locataire, un serveur arrêté ou un pare-feu.</translation>
    </message>
    <message>
        <source>Check the address; if it is the one Insightly shows, check your network and try again later. Microsoft connects from its own network, so Insightly must also be reachable from the internet.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;; si c&apos;est celle qu&apos;affiche Insightly, vérifiez votre réseau et réessayez plus tard. Microsoft se connecte depuis son propre réseau, Insightly doit donc aussi être accessible depuis Internet.</translation>
    </message>
    <message>
        <source>Insightly did not answer within %1 s.</source>
        <translation>Insightly n&apos;a pas répondu dans les %1 s.</translation>
    </message>
    <message>
        <source>%1 accepted the connection or the request but sent no answer in time: a slow or busy service, or a proxy or firewall holding the connection.</source>
        <translation>%1 a accepté la connexion ou la requête mais n&apos;a pas répondu à temps&#xa0;: un service lent ou surchargé, ou un proxy ou pare-feu qui retient la connexion.</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check your network and proxy settings.</source>
        <translation>Réessayez dans quelques minutes&#xa0;; si cela se reproduit, vérifiez vos paramètres réseau et proxy.</translation>
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
        <translation>Le jeton secret circulerait en clair&#xa0;; l&apos;assistant ne l&apos;y envoie pas, et Microsoft le refuse aussi.</translation>
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
        <translation>Le certificat a été retiré ou modifié&#xa0;; la connexion n&apos;est pas fiable.</translation>
    </message>
    <message>
        <source>Do not continue; contact the service owner.</source>
        <translation>Ne continuez pas&#xa0;; contactez le responsable du service.</translation>
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
        <translation>Si la date et l&apos;heure de cet ordinateur sont fausses, corrigez-les&#xa0;; sinon, le responsable du site doit renouveler le certificat.</translation>
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
        <translation>L&apos;assistant n&apos;a pas pu confirmer qu&apos;il communique réellement avec %1&#xa0;: son certificat a été émis par %2, auquel cet ordinateur ne fait pas confiance.</translation>
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
        <translation>Le serveur ne prend peut-être en charge que d&apos;anciennes versions de TLS&#xa0;; Microsoft exige TLS 1.2 ou une version plus récente.</translation>
    </message>
    <message>
        <source>Check the address; if it is right, contact the service owner.</source>
        <translation>Vérifiez l&apos;adresse&#xa0;; si elle est correcte, contactez le responsable du service.</translation>
    </message>
    <message>
        <source>That address answered, but not like a SCIM service.</source>
        <translation>Cette adresse a répondu, mais pas comme un service SCIM.</translation>
    </message>
    <message>
        <source>It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a sign-in page), the REST API, or a proxy&apos;s page rather than the SCIM endpoint.</source>
        <translation>Elle a envoyé %1 au lieu de JSON SCIM&#xa0;: l&apos;adresse est probablement une page web Insightly (une page de connexion), l&apos;API REST ou une page de proxy plutôt que le point de terminaison SCIM.</translation>
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
        <translation>Le point de terminaison ignore le filtre userName qu&apos;Entra utilise pour faire correspondre les utilisateurs&#xa0;; Entra associerait donc les mauvaises personnes.</translation>
    </message>
    <message>
        <source>Check that the Tenant URL is Insightly&apos;s SCIM endpoint; if it is, contact Insightly support.</source>
        <translation>Vérifiez que l&apos;URL de locataire est le point de terminaison SCIM d&apos;Insightly&#xa0;; si c&apos;est le cas, contactez le support Insightly.</translation>
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
        <translation>Copiez le jeton actuel depuis les paramètres SAML et SCIM d&apos;Insightly («&#xa0;System Settings&#xa0;», «&#xa0;Security&#xa0;», «&#xa0;SAML and SCIM&#xa0;») et collez-le à nouveau, sans espaces.</translation>
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
        <translation>Dans les paramètres SAML et SCIM d&apos;Insightly, vérifiez que «&#xa0;Enable SCIM Provisioning&#xa0;» est coché, puis copiez-y le jeton actuel et collez-le à nouveau.</translation>
    </message>
    <message>
        <source>Nothing was found at that address (HTTP %1).</source>
        <translation>Rien n&apos;a été trouvé à cette adresse (HTTP %1).</translation>
    </message>
    <message>
        <source>The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows.</source>
        <translation>Le chemin est erroné&#xa0;: un segment manque ou est en trop, le pod est erroné, ou SCIM n&apos;est pas activé. Vérifiez que l&apos;URL de locataire est le point de terminaison SCIM qu&apos;affiche Insightly.</translation>
    </message>
    <message>
        <source>The address redirects to %1 instead of answering.</source>
        <translation>L&apos;adresse redirige vers %1 au lieu de répondre.</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or from http to https. The wizard does not follow it, so the token is not sent elsewhere.</source>
        <translation>Un point de terminaison SCIM répond directement&#xa0;; une redirection mène généralement à une page de connexion ou de http vers https. L&apos;assistant ne la suit pas, afin que le jeton ne soit pas envoyé ailleurs.</translation>
    </message>
    <message>
        <source>The endpoint refused the standard user lookup Entra makes (invalid filter).</source>
        <translation>Le point de terminaison a refusé la recherche d&apos;utilisateur standard effectuée par Entra (filtre non valide).</translation>
    </message>
    <message>
        <source>It does not accept userName eq &quot;…&quot; filters, so it is not a SCIM service Entra can use, or not the SCIM endpoint at all.</source>
        <translation>Il n&apos;accepte pas les filtres userName eq &quot;…&quot;&#xa0;; ce n&apos;est donc pas un service SCIM utilisable par Entra, ou pas du tout le point de terminaison SCIM.</translation>
    </message>
    <message>
        <source>Check the Tenant URL; if it is correct, contact Insightly support.</source>
        <translation>Vérifiez l&apos;URL de locataire&#xa0;; si elle est correcte, contactez le support Insightly.</translation>
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
        <translation>Réessayez dans quelques minutes&#xa0;; si le problème persiste, consultez la page d&apos;état d&apos;Insightly ou contactez son support.</translation>
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
        <source>%1 is looked up by the proxy %2.</source>
        <translation>%1 est résolu par le proxy %2.</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the proxy %3.</source>
        <translation>Connecté à %1, port %2, via le proxy %3.</translation>
    </message>
    <message>
        <source>Through the proxy %1: %2</source>
        <translation>Via le proxy %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No connection through the proxy %1 within %2 ms.</source>
        <translation>Aucune connexion via le proxy %1 dans les %2 ms.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimStatusPanel</name>
    <message>
        <source>Provisioning status (refreshed automatically)</source>
        <translation>État de l&apos;approvisionnement (actualisé automatiquement)</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>État de l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>Statut de l&apos;approvisionnement</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>Dernier cycle</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>État stable</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <source>Status error</source>
        <translation>Erreur d&apos;état</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Last cycle:</source>
        <translation>Dernier cycle&#xa0;:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Compteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Steady state:</source>
        <translation>État stable&#xa0;:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The status could not be read: %1 %2</source>
        <translation>L&apos;état n&apos;a pas pu être lu&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Active — provisioning runs on its schedule.</source>
        <translation>Actif — l&apos;approvisionnement s&apos;exécute selon sa planification.</translation>
    </message>
    <message>
        <source>Not run yet — credentials saved; the first cycle has not run.</source>
        <translation>Pas encore exécuté — informations d&apos;identification enregistrées&#xa0;; le premier cycle n&apos;a pas encore eu lieu.</translation>
    </message>
    <message>
        <source>Not configured — the Tenant URL and Secret Token are not saved.</source>
        <translation>Non configuré — l&apos;URL de locataire et le jeton secret ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>Paused — provisioning was stopped.</source>
        <translation>Suspendu — l&apos;approvisionnement a été arrêté.</translation>
    </message>
    <message>
        <source>Quarantine — provisioning is paused by Microsoft.</source>
        <translation>Quarantaine — l&apos;approvisionnement est suspendu par Microsoft.</translation>
    </message>
    <message>
        <source>No cycle has run yet. The first one can take a while in Microsoft Entra.</source>
        <translation>Aucun cycle n&apos;a encore eu lieu. Le premier peut prendre un certain temps dans Microsoft Entra.</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1, terminé %2</translation>
    </message>
    <message>
        <source>Last successful cycle: %1</source>
        <translation>Dernier cycle réussi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Erreur&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent to Insightly, %3 failed, %4 users in sync</source>
        <translation>%1 dans l&apos;étendue, %2 modifications envoyées à Insightly, %3 en échec, %4 utilisateurs synchronisés</translation>
    </message>
    <message>
        <source>Reached, last at %1</source>
        <translation>Atteint, la dernière fois le %1</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>Pas encore atteint</translation>
    </message>
    <message>
        <source>Quarantine (%1): %2</source>
        <translation>Quarantaine (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message: %1</source>
        <translation>Message de Microsoft&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTestResults</name>
    <message>
        <source>Cause: %1</source>
        <translation>Cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>The wizard&apos;s own connection test</source>
        <translation>Test de connexion propre à l&apos;assistant</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Cause and fix</source>
        <translation>Cause et correction</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection</source>
        <translation>«&#xa0;Tester la connexion&#xa0;» de Microsoft Entra</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection: running…</source>
        <translation>«&#xa0;Tester la connexion&#xa0;» de Microsoft Entra&#xa0;: en cours…</translation>
    </message>
    <message>
        <source>✓ Microsoft Entra&apos;s Test Connection passed (HTTP %1, %2 ms): Microsoft&apos;s provisioning service reached Insightly and the token was accepted.</source>
        <translation>✓ «&#xa0;Tester la connexion&#xa0;» de Microsoft Entra a réussi (HTTP %1, %2 ms)&#xa0;: le service d&apos;approvisionnement de Microsoft a joint Insightly et le jeton a été accepté.</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection failed (HTTP %1).</source>
        <translation>✗ «&#xa0;Tester la connexion&#xa0;» de Microsoft Entra a échoué (HTTP %1).</translation>
    </message>
    <message>
        <source>Entra&apos;s answer: [%1] %2</source>
        <translation>Réponse d&apos;Entra&#xa0;: [%1] %2</translation>
    </message>
    <message>
        <source>Our reading: %1</source>
        <translation>Notre interprétation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection could not run.</source>
        <translation>✗ «&#xa0;Tester la connexion&#xa0;» de Microsoft Entra n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTokenRotationFlow</name>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>Recherche de la configuration existante…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>Plusieurs applications Insightly SAML existent dans ce locataire.</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its token.</source>
        <translation>Effectuez une nouvelle configuration et choisissez l&apos;application à l&apos;étape 1&#xa0;; renouvelez ensuite son jeton.</translation>
    </message>
    <message>
        <source>Testing the new token from this computer and from Microsoft Entra…</source>
        <translation>Test du nouveau jeton depuis cet ordinateur et depuis Microsoft Entra…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved in Microsoft Entra.</source>
        <translation>Annulé. Rien n&apos;a été enregistré dans Microsoft Entra.</translation>
    </message>
    <message>
        <source>Nothing was saved in Microsoft Entra: it keeps the previous Tenant URL and Secret Token. If you already clicked Regenerate in Insightly, the previous token no longer works — paste the new one and test again.</source>
        <translation>Rien n&apos;a été enregistré dans Microsoft Entra&#xa0;: il conserve l&apos;URL de locataire et le jeton secret précédents. Si vous avez déjà cliqué sur «&#xa0;Regenerate&#xa0;» dans Insightly, le jeton précédent ne fonctionne plus — collez le nouveau et testez à nouveau.</translation>
    </message>
    <message>
        <source>Saving the new token in Microsoft Entra and starting provisioning…</source>
        <translation>Enregistrement du nouveau jeton dans Microsoft Entra et démarrage de l&apos;approvisionnement…</translation>
    </message>
    <message>
        <source>The new token passed the tests but was not saved: Entra may still hold the previous one. Test and save again.</source>
        <translation>Le nouveau jeton a réussi les tests mais n&apos;a pas été enregistré&#xa0;: Entra détient peut-être encore le précédent. Testez et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>Saved: Microsoft Entra provisions Insightly with the new token (%1).</source>
        <translation>Enregistré&#xa0;: Microsoft Entra approvisionne Insightly avec le nouveau jeton (%1).</translation>
    </message>
    <message>
        <source>The SCIM token is rotated.</source>
        <translation>Le jeton SCIM est renouvelé.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupChoiceModel</name>
    <message>
        <source>certificate rotation not finished</source>
        <translation>renouvellement du certificat inachevé</translation>
    </message>
    <message>
        <source>last sign-in test failed</source>
        <translation>dernier test de connexion échoué</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>configurée</translation>
    </message>
    <message>
        <source>step %1 of 4 done</source>
        <translation>étape %1 sur 4 terminée</translation>
    </message>
    <message>
        <source>A new setup</source>
        <translation>Une nouvelle configuration</translation>
    </message>
    <message>
        <source>Connect another tenant or Insightly instance.</source>
        <translation>Connecter un autre locataire ou une autre instance Insightly.</translation>
    </message>
    <message>
        <source>Insightly instance not chosen yet</source>
        <translation>instance Insightly pas encore choisie</translation>
    </message>
    <message>
        <source>%1, instance %2</source>
        <translation>%1, instance %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <extracomment>A saved setup in the Welcome page&apos;s list: tenant — Insightly instance — progress, date of the last save</extracomment>
        <translation>%1 — %2 — %3, %4</translation>
    </message>
    <message>
        <source>Tenant ID %1; last saved %2</source>
        <translation>ID de locataire %1&#xa0;; dernier enregistrement %2</translation>
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
        <translation>Cette version comprend le format de configuration %1&#xa0;; le fichier utilise le format %2.</translation>
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
        <translation>Le fichier n&apos;a pas pu être mis de côté&#xa0;; l&apos;assistant ne l&apos;écrasera donc pas. Déplacez ou supprimez %1, puis redémarrez l&apos;assistant.</translation>
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
        <source>The folder %1 can&apos;t be created or isn&apos;t a folder.</source>
        <translation>Le dossier %1 ne peut pas être créé ou n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Free some disk space or make %1 writable, then choose Retry, or choose another folder. Until then the wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>Libérez de l&apos;espace disque ou rendez %1 accessible en écriture, puis choisissez «&#xa0;Réessayer l&apos;enregistrement&#xa0;», ou choisissez un autre dossier. D&apos;ici là, l&apos;assistant continue de fonctionner, mais une exécution ultérieure risque de ne pas reprendre là où celle-ci s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>It belongs to another Insightly instance.</source>
        <translation>Il appartient à une autre instance Insightly.</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStatusReport</name>
    <message>
        <source>Depends on the enterprise application, which could not be read.</source>
        <translation>Dépend de l&apos;application d&apos;entreprise, qui n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No Insightly SAML application to check.</source>
        <translation>Aucune application Insightly SAML à vérifier.</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra to read the status.</source>
        <translation>Connectez-vous à Microsoft Entra pour lire l&apos;état.</translation>
    </message>
    <message>
        <source>Cancelled before it was read.</source>
        <translation>Annulé avant la lecture.</translation>
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
        <translation>Se connecter à Microsoft Entra ID</translation>
    </message>
    <message>
        <source>Sign in with an account that may manage enterprise applications in your tenant.</source>
        <translation>Connectez-vous avec un compte autorisé à gérer les applications d&apos;entreprise de votre locataire.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in on this page. Before it changes anything, the wizard checks that your account holds the &lt;b&gt;Cloud Application Administrator&lt;/b&gt; or &lt;b&gt;Application Administrator&lt;/b&gt; role and that the permissions it needs were granted.&lt;/p&gt;&lt;p&gt;If your organisation does not allow signing in from an embedded browser, use &lt;i&gt;Sign in with the system browser&lt;/i&gt; or &lt;i&gt;Sign in with a code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Your session is kept in the system keychain, so the next start signs you in without asking again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Connectez-vous sur cette page. Avant de modifier quoi que ce soit, l&apos;assistant vérifie que votre compte dispose du rôle &lt;b&gt;Administrateur d&apos;application cloud&lt;/b&gt; ou &lt;b&gt;Administrateur d&apos;application&lt;/b&gt; et que les autorisations nécessaires ont été accordées.&lt;/p&gt;&lt;p&gt;Si votre organisation n&apos;autorise pas la connexion depuis un navigateur intégré, utilisez &lt;i&gt;Se connecter avec le navigateur système&lt;/i&gt; ou &lt;i&gt;Se connecter avec un code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Votre session est conservée dans le trousseau du système&#xa0;; au prochain démarrage, vous êtes connecté sans nouvelle demande.&lt;/p&gt;</translation>
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
        <translation>Se connecter avec le &amp;navigateur système</translation>
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
        <translation>Votre navigateur a ouvert la page de connexion Microsoft. Connectez-vous-y&#xa0;; cette page continue d&apos;elle-même lorsque vous avez terminé.</translation>
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
    <message>
        <source>&amp;Retry saving</source>
        <translation>&amp;Réessayer l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Retry saving the setup progress</source>
        <translation>Réessayer d&apos;enregistrer la progression de la configuration</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>C&amp;hoisir un autre dossier…</translation>
    </message>
    <message>
        <source>Choose another folder for the setup progress</source>
        <translation>Choisir un autre dossier pour la progression de la configuration</translation>
    </message>
    <message>
        <source>Choose a folder for the setup progress</source>
        <translation>Choisir un dossier pour la progression de la configuration</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de</source>
        <translation>Se connecter avec un cod&amp;e</translation>
    </message>
    <message>
        <source>Sign in as someone e&amp;lse</source>
        <translation>Se connecter en tant qu&apos;&amp;autre personne</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestFlow</name>
    <message>
        <source>Insightly did not show a page after the sign-in within a minute.</source>
        <translation>Insightly n&apos;a affiché aucune page dans la minute qui a suivi la connexion.</translation>
    </message>
    <message>
        <source>Making sure you are assigned to the application…</source>
        <translation>Vérification de votre affectation à l&apos;application…</translation>
    </message>
    <message>
        <source>The sign-in test could not start.</source>
        <translation>Le test de connexion n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>Sign in with your Entra account in the browser below if it asks; the wizard watches what Entra sends to Insightly.</source>
        <translation>Connectez-vous avec votre compte Entra dans le navigateur ci-dessous s&apos;il le demande&#xa0;; l&apos;assistant observe ce qu&apos;Entra envoie à Insightly.</translation>
    </message>
    <message>
        <source>Entra sent the sign-in to Insightly; waiting for Insightly&apos;s answer…</source>
        <translation>Entra a envoyé la connexion à Insightly&#xa0;; attente de la réponse d&apos;Insightly…</translation>
    </message>
    <message>
        <source>Insightly sent the browser to another site (%1).</source>
        <translation>Insightly a redirigé le navigateur vers un autre site (%1).</translation>
    </message>
    <message>
        <source>Insightly answered with an error page at %1.</source>
        <translation>Insightly a répondu par une page d&apos;erreur à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Insightly kept the browser on its SAML sign-in address (%1).</source>
        <translation>Insightly a maintenu le navigateur sur son adresse de connexion SAML (%1).</translation>
    </message>
    <message>
        <source>The page says: %1</source>
        <translation>La page indique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in to Insightly</source>
        <translation>Connecté à Insightly</translation>
    </message>
    <message>
        <source>Insightly opened</source>
        <translation>Insightly ouvert</translation>
    </message>
    <message>
        <source>Insightly did not accept the sign-in.</source>
        <translation>Insightly n&apos;a pas accepté la connexion.</translation>
    </message>
    <message>
        <source>Fix the failed checks above, then test again.</source>
        <translation>Corrigez les vérifications en échec ci-dessus, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Signed in to Insightly as %1.</source>
        <translation>Connecté à Insightly en tant que %1.</translation>
    </message>
    <message>
        <source>The sign-in test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
    <message>
        <source>The sign-in works. %1</source>
        <translation>La connexion fonctionne. %1</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestPanel</name>
    <message>
        <source>Test the sign-in before enforcing SAML</source>
        <translation>Tester la connexion avant d&apos;imposer SAML</translation>
    </message>
    <message>
        <source>&amp;Test the sign-in</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Test the sign-in to Insightly through Entra</source>
        <translation>Tester la connexion à Insightly via Entra</translation>
    </message>
    <message>
        <source>After the upload in Insightly, test one sign-in through Entra.</source>
        <translation>Après le chargement dans Insightly, testez une connexion via Entra.</translation>
    </message>
    <message>
        <source>Status of the sign-in test</source>
        <translation>État du test de connexion</translation>
    </message>
    <message>
        <source>Checklist of the sign-in test</source>
        <translation>Liste de contrôle du test de connexion</translation>
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
        <source>Seen</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Reason and fix</source>
        <translation>Raison et correction</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login and saved</source>
        <translation>J&apos;ai coché «&#xa0;Enforce SAML Login&#xa0;» et enregistré</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login in Insightly and saved</source>
        <translation>J&apos;ai coché «&#xa0;Enforce SAML Login&#xa0;» dans Insightly et enregistré</translation>
    </message>
    <message>
        <source>Confirm that SAML login is enforced in Insightly</source>
        <translation>Confirmer que la connexion SAML est imposée dans Insightly</translation>
    </message>
    <message>
        <source>Whether SAML login is enforced</source>
        <translation>Indique si la connexion SAML est imposée</translation>
    </message>
    <message>
        <source>Reading the certificate Insightly holds…</source>
        <translation>Lecture du certificat détenu par Insightly…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ réussi</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ échec</translation>
    </message>
    <message>
        <source>Enforce SAML Login is ticked but not saved yet: click Save in Insightly.</source>
        <translation>«&#xa0;Enforce SAML Login&#xa0;» est coché mais pas encore enregistré&#xa0;: cliquez sur «&#xa0;Save&#xa0;» dans Insightly.</translation>
    </message>
    <message>
        <source>Enforce SAML Login is not ticked in Insightly yet.</source>
        <translation>«&#xa0;Enforce SAML Login&#xa0;» n&apos;est pas encore coché dans Insightly.</translation>
    </message>
    <message>
        <source>Tick the box once you have saved Enforce SAML Login in Insightly.</source>
        <translation>Cochez la case une fois que vous avez enregistré «&#xa0;Enforce SAML Login&#xa0;» dans Insightly.</translation>
    </message>
    <message>
        <source>SAML login is enforced in Insightly.</source>
        <translation>La connexion SAML est imposée dans Insightly.</translation>
    </message>
    <message>
        <source>Browser of the sign-in test</source>
        <translation>Navigateur du test de connexion</translation>
    </message>
    <message>
        <source>Next: enforce SAML login</source>
        <translation>Ensuite&#xa0;: imposer la connexion SAML</translation>
    </message>
    <message>
        <source>&lt;b&gt;The sign-in works.&lt;/b&gt; Now, in the Insightly tab: tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;. Then confirm here.</source>
        <translation>&lt;b&gt;La connexion fonctionne.&lt;/b&gt; Maintenant, dans l&apos;onglet Insightly&#xa0;: cochez &lt;b&gt;Enforce SAML Login&lt;/b&gt; et cliquez sur &lt;b&gt;Save&lt;/b&gt;. Confirmez ensuite ici.</translation>
    </message>
    <message>
        <source>Confir&amp;m</source>
        <translation>Confir&amp;mer</translation>
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
    <message>
        <source>Embedded browsers</source>
        <translation>Navigateurs intégrés</translation>
    </message>
</context>
<context>
    <name>insightly::SummaryPage</name>
    <message>
        <source>Summary — status of the setup</source>
        <translation>Résumé — état de la configuration</translation>
    </message>
    <message>
        <source>Read live from Microsoft Entra; what is not right says what to do.</source>
        <translation>Lu en direct depuis Microsoft Entra&#xa0;; chaque point incorrect indique quoi faire.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each line is read from Microsoft Entra now, not from what the wizard remembers, so this page is also how to check an existing setup later.&lt;/p&gt;&lt;p&gt;Users start Insightly from &lt;b&gt;My Apps&lt;/b&gt; (https://myapps.microsoft.com/): Insightly supports sign-in started from Microsoft only.&lt;/p&gt;&lt;p&gt;Microsoft e-mails the notification addresses 60, 30 and 7 days before the signing certificate expires; rotate it before then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque ligne est lue maintenant depuis Microsoft Entra, et non depuis ce dont l&apos;assistant se souvient&#xa0;: cette page permet donc aussi de vérifier plus tard une configuration existante.&lt;/p&gt;&lt;p&gt;Les utilisateurs démarrent Insightly depuis &lt;b&gt;Mes applications&lt;/b&gt; (https://myapps.microsoft.com/)&#xa0;: Insightly ne prend en charge que la connexion lancée depuis Microsoft.&lt;/p&gt;&lt;p&gt;Microsoft envoie un e-mail aux adresses de notification 60, 30 et 7 jours avant l&apos;expiration du certificat de signature&#xa0;; renouvelez-le avant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>Pas encore lu.</translation>
    </message>
    <message>
        <source>Progress of the status check</source>
        <translation>Progression de la vérification de l&apos;état</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Read the status again</source>
        <translation>Relire l&apos;état</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the status check</source>
        <translation>Annuler la vérification de l&apos;état</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>Cop&amp;ier le rapport</translation>
    </message>
    <message>
        <source>Copy the status report to the clipboard</source>
        <translation>Copier le rapport d&apos;état dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the status report to a file</source>
        <translation>Enregistrer le rapport d&apos;état dans un fichier</translation>
    </message>
    <message>
        <source>Result of saving the report</source>
        <translation>Résultat de l&apos;enregistrement du rapport</translation>
    </message>
    <message>
        <source>Users sign in here: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Les utilisateurs se connectent ici&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>My Apps, where users sign in to Insightly</source>
        <translation>«&#xa0;Mes applications&#xa0;», où les utilisateurs se connectent à Insightly</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the status from Microsoft Entra… %1 of %2 checks done.</source>
        <translation>Lecture de l&apos;état depuis Microsoft Entra… %1 vérifications sur %2 effectuées.</translation>
    </message>
    <message>
        <source>Cancelled; select Refresh to read the status again.</source>
        <translation>Annulé&#xa0;; sélectionnez «&#xa0;Actualiser&#xa0;» pour relire l&apos;état.</translation>
    </message>
    <message>
        <source>Everything checked is in order.</source>
        <translation>Tout ce qui a été vérifié est en ordre.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n avertissement&#xa0;: voir «&#xa0;Que faire&#xa0;» ci-dessous.</numerusform>
            <numerusform>%n avertissements&#xa0;: voir «&#xa0;Que faire&#xa0;» ci-dessous.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) and %1 warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>%n problème et %1 avertissement(s)&#xa0;: voir «&#xa0;Que faire&#xa0;» ci-dessous.</numerusform>
            <numerusform>%n problèmes et %1 avertissement(s)&#xa0;: voir «&#xa0;Que faire&#xa0;» ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>Le rapport est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Save the status report</source>
        <translation>Enregistrer le rapport d&apos;état</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Remove what this wizard created, after a confirmation that lists it</source>
        <translation>Supprimer ce que cet assistant a créé, après une confirmation qui le liste</translation>
    </message>
    <message numerus="yes">
        <source>Changes made by this wizard (%n)</source>
        <translation>
            <numerusform>Modification effectuée par cet assistant (%n)</numerusform>
            <numerusform>Modifications effectuées par cet assistant (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation>request-id %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Text (*.txt)</source>
        <translation>Page web (*.html);;Document PDF (*.pdf);;Texte (*.txt)</translation>
    </message>
    <message>
        <source>Remove what this wizard cr&amp;eated…</source>
        <translation>S&amp;upprimer ce que cet assistant a créé…</translation>
    </message>
    <message>
        <source>Check this setup every &amp;week and notify me when something needs attention</source>
        <translation>Vérifier cette configuration chaque se&amp;maine et me prévenir si une action est nécessaire</translation>
    </message>
    <message>
        <source>Check this setup every week and notify me when something needs attention</source>
        <translation>Vérifier cette configuration chaque semaine et me prévenir si une action est nécessaire</translation>
    </message>
    <message>
        <source>Result of the weekly check setting</source>
        <translation>Résultat du réglage de la vérification hebdomadaire</translation>
    </message>
    <message>
        <source>Changes this wizard made</source>
        <translation>Modifications apportées par cet assistant</translation>
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
        <translation>Cet assistant vous connecte à Microsoft Entra ID et effectue pour vous les quatre étapes de l&apos;article d&apos;Insightly «&#xa0;Setup of SAML &amp; SCIM for Azure&#xa0;»&#xa0;: il ajoute l&apos;application d&apos;entreprise &lt;i&gt;Insightly SAML&lt;/i&gt;, configure l&apos;authentification unique SAML et son certificat de signature, connecte l&apos;approvisionnement SCIM, et affecte les utilisateurs et les groupes. Il teste chaque étape avant la suivante, et vous fait tester une connexion via SAML avant que vous n&apos;imposiez la connexion SAML, afin que personne ne soit bloqué.</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire&#xa0;?</translation>
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
        <translation>&amp;Locataire&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Microsoft Entra account with the Cloud Application Administrator or Application Administrator role;&lt;/li&gt;&lt;li&gt;an Insightly administrator account on the Enterprise plan.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Vous aurez besoin de&lt;/b&gt;&lt;ul&gt;&lt;li&gt;un compte Microsoft Entra disposant du rôle Administrateur d&apos;application cloud ou Administrateur d&apos;application&#xa0;;&lt;/li&gt;&lt;li&gt;un compte administrateur Insightly sur le plan Enterprise.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Rotate the SCIM to&amp;ken of an existing setup</source>
        <translation>Renouveler le &amp;jeton SCIM d&apos;une configuration existante</translation>
    </message>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>Renouveler le jeton SCIM</translation>
    </message>
    <message>
        <source>Saved setup</source>
        <translation>Configuration enregistrée</translation>
    </message>
    <message>
        <source>The tenant and Insightly instance this run is about, or a new setup.</source>
        <translation>Le locataire et l&apos;instance Insightly concernés par cette exécution, ou une nouvelle configuration.</translation>
    </message>
    <message>
        <source>Set&amp;up:</source>
        <translation>Co&amp;nfiguration&#xa0;:</translation>
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
    <name>insightly::entra::Provisioning</name>
    <message>
        <source>Microsoft Entra offers no provisioning template for this application.</source>
        <translation>Microsoft Entra ne propose aucun modèle d&apos;approvisionnement pour cette application.</translation>
    </message>
    <message>
        <source>The enterprise application was not added from the Insightly SAML gallery entry, or provisioning is not available in this cloud.</source>
        <translation>L&apos;application d&apos;entreprise n&apos;a pas été ajoutée à partir de l&apos;entrée «&#xa0;Insightly SAML&#xa0;» de la galerie, ou l&apos;approvisionnement n&apos;est pas disponible dans ce cloud.</translation>
    </message>
    <message>
        <source>Add the Insightly SAML application from the gallery (step 1), then try again.</source>
        <translation>Ajoutez l&apos;application Insightly SAML depuis la galerie (étape 1), puis réessayez.</translation>
    </message>
    <message>
        <source>no answer to creating the job</source>
        <translation>aucune réponse à la création du travail</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>La démo n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation>%1 — démo (locataire simulé)</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>L&apos;entrée standard n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>No desktop notification could be shown.</source>
        <translation>Aucune notification de bureau n&apos;a pu être affichée.</translation>
    </message>
    <message>
        <source>Insightly SSO Setup: %1</source>
        <translation>Insightly SSO Setup&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the wizard</source>
        <translation>Ouvrir l&apos;assistant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
</TS>
