<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AdminAssignment</name>
    <message>
        <source>The signed-in account is not known.</source>
        <translation>サインインしているアカウントが不明です。</translation>
    </message>
    <message>
        <source>The sign-in check did not return the account&apos;s id.</source>
        <translation>サインインの確認でアカウントの ID が返されませんでした。</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Checking whether you are assigned to Insightly SAML…</source>
        <translation>Insightly SAML に割り当てられているかどうかを確認しています…</translation>
    </message>
    <message>
        <source>Assigning you to Insightly SAML for the sign-in test…</source>
        <translation>サインイン テストのために、サインインしているアカウントを Insightly SAML に割り当てています…</translation>
    </message>
</context>
<context>
    <name>CertificateActivation</name>
    <message>
        <source>The certificate %1 is not on the Insightly SAML application.</source>
        <translation>証明書 %1 は Insightly SAML アプリケーションにありません。</translation>
    </message>
    <message>
        <source>It was removed, or it belongs to another application.</source>
        <translation>削除されたか、別のアプリケーションのものです。</translation>
    </message>
    <message>
        <source>Read the certificates again and choose one that is listed.</source>
        <translation>証明書をもう一度読み取り、表示されているものを選択してください。</translation>
    </message>
    <message>
        <source>The certificate %1 is expired or not yet valid.</source>
        <translation>証明書 %1 は期限切れか、まだ有効になっていません。</translation>
    </message>
    <message>
        <source>Microsoft Entra cannot sign with it.</source>
        <translation>Microsoft Entra はこの証明書で署名できません。</translation>
    </message>
    <message>
        <source>Create a new certificate instead.</source>
        <translation>代わりに新しい証明書を作成してください。</translation>
    </message>
    <message>
        <source>Activating the certificate %1…</source>
        <translation>証明書 %1 をアクティブ化しています…</translation>
    </message>
    <message>
        <source>Confirming the active certificate… seen %1 of %2 times</source>
        <translation>アクティブな証明書を確認しています… %2 回中 %1 回確認</translation>
    </message>
    <message>
        <source>Too many addresses for certificate expiry notices.</source>
        <translation>証明書の有効期限通知のアドレスが多すぎます。</translation>
    </message>
    <message>
        <source>Microsoft Entra accepts at most 5 addresses.</source>
        <translation>Microsoft Entra が受け付けるアドレスは最大 5 件です。</translation>
    </message>
    <message>
        <source>Remove some addresses.</source>
        <translation>一部のアドレスを削除してください。</translation>
    </message>
    <message>
        <source>The previous certificate can no longer be made active again.</source>
        <translation>以前の証明書を再びアクティブにすることはできません。</translation>
    </message>
    <message>
        <source>It has expired.</source>
        <translation>期限が切れています。</translation>
    </message>
    <message>
        <source>It was removed from the application.</source>
        <translation>アプリケーションから削除されました。</translation>
    </message>
    <message>
        <source>Upload the current certificate to Insightly instead (Certificate (Base64)), then test the sign-in again.</source>
        <translation>代わりに現在の証明書 (証明書 (Base64)) を Insightly にアップロードしてから、もう一度サインインをテストしてください。</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>以前の証明書に戻しています…</translation>
    </message>
    <message>
        <source>Setting who is told before the certificate expires…</source>
        <translation>証明書の有効期限前に通知する相手を設定しています…</translation>
    </message>
</context>
<context>
    <name>CertificateCleanup</name>
    <message>
        <source>The active signing certificate cannot be removed.</source>
        <translation>アクティブな署名証明書は削除できません。</translation>
    </message>
    <message>
        <source>Microsoft Entra signs Insightly sign-ins with %1.</source>
        <translation>Microsoft Entra は Insightly のサインインに %1 で署名しています。</translation>
    </message>
    <message>
        <source>Activate another certificate first.</source>
        <translation>先に別の証明書をアクティブ化してください。</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n old certificate(s)…</source>
        <translation>
            <numerusform>%n 個の古い証明書を削除しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the removal… seen %1 of %2 times</source>
        <translation>削除を確認しています… %2 回中 %1 回確認</translation>
    </message>
</context>
<context>
    <name>CertificateReader</name>
    <message>
        <source>Microsoft Entra did not confirm the certificate change in time.</source>
        <translation>Microsoft Entra が時間内に証明書の変更を確認しませんでした。</translation>
    </message>
    <message>
        <source>The change was not read back consistently (replication).</source>
        <translation>変更を一貫して読み取れませんでした (レプリケーション)。</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the certificates that exist instead of creating more.</source>
        <translation>数分待ってから、この手順をもう一度実行してください。証明書をさらに作成せず、既存の証明書で続行します。</translation>
    </message>
</context>
<context>
    <name>ChangePlan</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(you, in Insightly)</source>
        <translation>(自分で Insightly で行います)</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <source>Insightly setting</source>
        <translation>Insightly の設定</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1 (有効期限 %2)</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>SAML 署名証明書</translation>
    </message>
    <message>
        <source>service principal</source>
        <translation>サービス プリンシパル</translation>
    </message>
    <message numerus="yes">
        <source>valid for %n day(s)</source>
        <translation>
            <numerusform>%n 日間有効</numerusform>
        </translation>
    </message>
    <message>
        <source>the new certificate</source>
        <translation>新しい証明書</translation>
    </message>
    <message>
        <source>create %1</source>
        <translation>%1 を作成</translation>
    </message>
    <message>
        <source>update %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>No changes: everything is already as it should be.</source>
        <translation>変更はありません。すべて設定済みです。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s): %1</source>
        <translation>
            <numerusform>%n 件の変更: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>not planned: %1</source>
        <translation>計画外: %1</translation>
    </message>
    <message>
        <source>planned but not sent: %1</source>
        <translation>計画済みだが未送信: %1</translation>
    </message>
    <message>
        <source>Not signed in: the tenant could not be read.</source>
        <translation>サインインしていません。テナントを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Sign in, then look at the plan again.</source>
        <translation>サインインしてから、もう一度計画を確認してください。</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>このテナントに Insightly SAML アプリケーションが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Run the whole setup first; a re-run changes an existing setup.</source>
        <translation>先にセットアップ全体を実行してください。再実行は既存のセットアップを変更するものです。</translation>
    </message>
    <message>
        <source>enterprise application</source>
        <translation>エンタープライズ アプリケーション</translation>
    </message>
    <message>
        <source>already exists (app id %1)</source>
        <translation>既に存在します (アプリ ID %1)</translation>
    </message>
    <message numerus="yes">
        <source>you choose one of %n existing apps</source>
        <translation>
            <numerusform>既存の %n 個のアプリから 1 つを選択します</numerusform>
        </translation>
    </message>
    <message>
        <source>application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>the Sign-in page URL you enter</source>
        <translation>入力する &quot;Sign-in page URL&quot;</translation>
    </message>
    <message>
        <source>app role assignment</source>
        <translation>アプリ ロールの割り当て</translation>
    </message>
    <message>
        <source>you</source>
        <translation>サインインしたアカウント</translation>
    </message>
    <message>
        <source>you, for the sign-in test</source>
        <translation>サインイン テスト用のサインインしたアカウント</translation>
    </message>
    <message>
        <source>SAML certificate</source>
        <translation>SAML 証明書</translation>
    </message>
    <message>
        <source>the new certificate file</source>
        <translation>新しい証明書ファイル</translation>
    </message>
    <message>
        <source>already uploaded and tested</source>
        <translation>アップロードとテストは完了しています</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>&quot;Enforce SAML Login&quot;</translation>
    </message>
    <message>
        <source>off</source>
        <comment>a setting that is not ticked</comment>
        <translation>オフ</translation>
    </message>
    <message>
        <source>on, after the sign-in test passed</source>
        <translation>オン (サインイン テストの合格後)</translation>
    </message>
    <message>
        <source>on</source>
        <comment>a setting that is ticked</comment>
        <translation>オン</translation>
    </message>
    <message>
        <source>the old certificate</source>
        <translation>古い証明書</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>provisioning job</source>
        <translation>プロビジョニング ジョブ</translation>
    </message>
    <message>
        <source>Insightly&apos;s provisioning template</source>
        <translation>Insightly のプロビジョニング テンプレート</translation>
    </message>
    <message>
        <source>Test Connection (changes nothing)</source>
        <translation>テスト接続 (何も変更しません)</translation>
    </message>
    <message>
        <source>provisioning credentials</source>
        <translation>プロビジョニングの資格情報</translation>
    </message>
    <message>
        <source>the SCIM endpoint you enter</source>
        <translation>入力する SCIM エンドポイント</translation>
    </message>
    <message>
        <source>(the token you paste)</source>
        <translation>(貼り付けるトークン)</translation>
    </message>
    <message>
        <source>started</source>
        <translation>開始済み</translation>
    </message>
    <message>
        <source>group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>each user or group you choose</source>
        <translation>選択する各ユーザーまたはグループ</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Connects Insightly to Microsoft Entra ID: SAML single sign-on and SCIM user provisioning, step by step.</source>
        <translation>Insightly を Microsoft Entra ID に接続します。SAML シングル サインオンと SCIM ユーザー プロビジョニングを手順に沿って設定します。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant: a domain or a tenant ID.</source>
        <translation>Microsoft Entra テナント: ドメインまたはテナント ID。</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>Application (client) ID of your own app registration to sign in with.</source>
        <translation>サインインに使用する独自のアプリ登録のアプリケーション (クライアント) ID。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Microsoft cloud: global, usgov or china.</source>
        <translation>Microsoft クラウド: global、usgov、china のいずれか。</translation>
    </message>
    <message>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <source>Language of the wizard, e.g. en, de, fr, es, ja, pt_BR.</source>
        <translation>ウィザードの言語 (例: en、de、fr、es、ja、pt_BR)。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Test Insightly&apos;s SCIM endpoint at URL from this computer and print each check, without the wizard. The token is read from the environment variable INSIGHTLY_SCIM_TOKEN or from standard input.</source>
        <translation>ウィザードを使わずに、このコンピューターから URL の Insightly SCIM エンドポイントをテストし、各チェックを表示します。トークンは環境変数 INSIGHTLY_SCIM_TOKEN または標準入力から読み取ります。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--probe-scim needs the SCIM endpoint URL Insightly shows.</source>
        <translation>--probe-scim には、Insightly に表示される SCIM エンドポイント URL が必要です。</translation>
    </message>
    <message>
        <source>--cloud must be global, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud には global、usgov、china のいずれかを指定してください (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <source>--client-id must be an application (client) ID such as 14d82eec-204b-4c2f-b7e8-296a70dab67e, not &quot;%1&quot;.</source>
        <translation>--client-id には 14d82eec-204b-4c2f-b7e8-296a70dab67e のようなアプリケーション (クライアント) ID を指定してください (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <source>--tenant must be a domain such as contoso.onmicrosoft.com or a tenant ID, not &quot;%1&quot;.</source>
        <translation>--tenant には contoso.onmicrosoft.com のようなドメインまたはテナント ID を指定してください (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <source>--language takes a language code such as de or pt_BR, not &quot;%1&quot;.</source>
        <translation>--language には de や pt_BR のような言語コードを指定してください (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <source>Check the saved setup without a window, using the saved session (never prompts). Exit status: 0 healthy, 1 warning, 2 failing, 3 cannot tell.</source>
        <translation>保存されたセットアップを、ウィンドウを開かずに保存済みのセッションで確認します (プロンプトは表示しません)。終了状態: 0 正常、1 警告、2 失敗、3 判断できません。</translation>
    </message>
    <message>
        <source>With --check: print nothing when healthy, only the status and action otherwise.</source>
        <translation>--check と併用: 正常な場合は何も出力せず、それ以外の場合は状態と対処方法のみを出力します。</translation>
    </message>
    <message>
        <source>With --check: show a desktop notification when the setup is not healthy.</source>
        <translation>--check と併用: セットアップが正常でない場合にデスクトップ通知を表示します。</translation>
    </message>
    <message>
        <source>With --check: warn when the SCIM token was saved more than DAYS days ago.</source>
        <translation>--check と併用: SCIM トークンが保存されてから DAYS 日を超えている場合に警告します。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>--%1 only goes with --check.</source>
        <translation>--%1 は --check と併用する場合のみ使用できます。</translation>
    </message>
    <message>
        <source>--instance takes Insightly&apos;s Sign-in page URL or host name, not &quot;%1&quot;.</source>
        <translation>--instance には Insightly の「Sign-in page URL」またはホスト名を指定してください (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <source>--max-token-age takes a number of days, not &quot;%1&quot;.</source>
        <translation>--max-token-age には日数を指定してください (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <source>Run against a built-in simulated tenant and Insightly instance (no real changes). The simulated world and what you set up in it are kept between runs in %1.</source>
        <translation>組み込みのシミュレートされたテナントと Insightly インスタンスに対して実行します (実際の変更は行いません)。シミュレートされた環境とそこで設定した内容は、実行の間 %1 に保持されます。</translation>
    </message>
    <message>
        <source>With --demo: forget the kept simulated world and start a new one.</source>
        <translation>--demo と併用: 保持されているシミュレートされた環境を破棄して、新しい環境で開始します。</translation>
    </message>
    <message>
        <source>--reset is only for the demo: use --demo --reset.</source>
        <translation>--reset はデモ専用です: --demo --reset を使用してください。</translation>
    </message>
    <message>
        <source>Open the wizard on this page of the setup named by --tenant and --instance: status, rotate-certificate or rotate-scim-token.</source>
        <translation>--tenant と --instance で指定したセットアップのこのページでウィザードを開きます: status、rotate-certificate、rotate-scim-token のいずれか。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>--open takes status, rotate-certificate or rotate-scim-token, not &quot;%1&quot;.</source>
        <translation>--open には status、rotate-certificate、rotate-scim-token のいずれかを指定してください (「%1」ではありません)。</translation>
    </message>
    <message>
        <source>With --check or --plan: print JSON (schemas: docs/check-json-schema.md, docs/plan.md).</source>
        <translation>--check または --plan と併用: JSON を出力します (スキーマ: docs/check-json-schema.md、docs/plan.md)。</translation>
    </message>
    <message>
        <source>With --check, --plan or --open: the setup of this Insightly instance (its Sign-in page URL or host).</source>
        <translation>--check、--plan または --open と併用: この Insightly インスタンスのセットアップ (その「Sign-in page URL」またはホスト)。</translation>
    </message>
    <message>
        <source>List what the setup would change in Entra and Insightly, read live, without changing anything (saved session, never prompts). Exit status: 0 the plan was read, 3 cannot tell.</source>
        <translation>セットアップによって Entra と Insightly で変更される内容を、何も変更せずにその場で読み取って一覧表示します (保存されたセッションを使用し、確認を求めません)。終了コード: 0 計画を読み取りました、3 判定できません。</translation>
    </message>
    <message>
        <source>With --plan: the plan of a re-run instead of the whole setup: certificate or scim-token.</source>
        <translation>--plan と共に使用: セットアップ全体ではなく再実行の計画 (certificate または scim-token)。</translation>
    </message>
    <message>
        <source>re-run</source>
        <translation>再実行</translation>
    </message>
    <message>
        <source>Use either --check or --plan, not both.</source>
        <translation>--check と --plan のどちらか一方を使用してください。</translation>
    </message>
    <message>
        <source>--%1 only goes with --check or --plan.</source>
        <translation>--%1 は --check または --plan と共にのみ使用できます。</translation>
    </message>
    <message>
        <source>--rerun only goes with --plan.</source>
        <translation>--rerun は --plan と共にのみ使用できます。</translation>
    </message>
    <message>
        <source>--rerun takes certificate or scim-token, not &quot;%1&quot;.</source>
        <translation>--rerun には certificate または scim-token を指定します (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <source>--open doesn&apos;t go with --check or --plan.</source>
        <translation>--open は --check や --plan と同時に指定できません。</translation>
    </message>
    <message>
        <source>--instance only goes with --check, --plan or --open.</source>
        <translation>--instance は --check、--plan または --open と一緒にのみ指定できます。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>Microsoft Entra hasn&apos;t finished creating the app or the user yet.</source>
        <translation>Microsoft Entra はまだアプリまたはユーザーの作成を完了していません。</translation>
    </message>
    <message>
        <source>The new object isn&apos;t visible on every directory replica yet.</source>
        <translation>新しいオブジェクトがまだすべてのディレクトリ レプリカに反映されていません。</translation>
    </message>
    <message>
        <source>Wait a minute, then run this step again.</source>
        <translation>1 分待ってから、この手順をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Entra rejected the Reply URL.</source>
        <translation>Entra が応答 URL を拒否しました。</translation>
    </message>
    <message>
        <source>It must be the exact https URL from Insightly, at most 256 characters, without spaces or symbols such as ! $ &apos; ( ) , ;</source>
        <translation>Insightly の https URL そのままで、256 文字以内、空白や ! $ &apos; ( ) , ; などの記号を含まない必要があります</translation>
    </message>
    <message>
        <source>Copy the Sign-in page URL from Insightly again and retry.</source>
        <translation>Insightly から「Sign-in page URL」をもう一度コピーして、再試行してください。</translation>
    </message>
    <message>
        <source>The role chosen for Insightly doesn&apos;t exist on this app.</source>
        <translation>Insightly 用に選択したロールがこのアプリに存在しません。</translation>
    </message>
    <message>
        <source>The app role isn&apos;t defined or enabled on the Insightly app, or doesn&apos;t allow this kind of member.</source>
        <translation>アプリ ロールが Insightly アプリで定義または有効化されていないか、この種類のメンバーを許可していません。</translation>
    </message>
    <message>
        <source>Pick one of the app&apos;s roles (usually &apos;User&apos;), or use Default Access.</source>
        <translation>アプリのロールのいずれか (通常は &apos;User&apos;) を選択するか、既定のアクセスを使用してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request.</source>
        <translation>Microsoft Graph が要求を拒否しました。</translation>
    </message>
    <message>
        <source>Some value sent by the wizard was not accepted.</source>
        <translation>ウィザードが送信した値の一部が受け入れられませんでした。</translation>
    </message>
    <message>
        <source>Check the values entered in this step and retry. If it keeps failing, report it with the request ID.</source>
        <translation>この手順で入力した値を確認して再試行してください。失敗が続く場合は、要求 ID を添えて報告してください。</translation>
    </message>
    <message>
        <source>Your account isn&apos;t allowed to do this.</source>
        <translation>お使いのアカウントにはこの操作が許可されていません。</translation>
    </message>
    <message>
        <source>The signed-in account lacks the Entra role Cloud Application Administrator or Application Administrator, or the wizard&apos;s permissions were not approved.</source>
        <translation>サインインしているアカウントに Entra のロール (クラウド アプリケーション管理者またはアプリケーション管理者) がないか、ウィザードのアクセス許可が承認されていません。</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.
Make sure the wizard&apos;s permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All) have been approved.</source>
        <translation>クラウド アプリケーション管理者またはアプリケーション管理者としてサインインしてください。
ウィザードのアクセス許可 (Application.ReadWrite.All、AppRoleAssignment.ReadWrite.All、Synchronization.ReadWrite.All) が承認されていることを確認してください。</translation>
    </message>
    <message>
        <source>Your sign-in is no longer accepted by Microsoft Graph.</source>
        <translation>現在のサインインは Microsoft Graph で受け入れられなくなりました。</translation>
    </message>
    <message>
        <source>The access token expired, was issued for another service, or this computer&apos;s clock is wrong.</source>
        <translation>アクセス トークンの期限が切れたか、別のサービス用に発行されたか、このコンピューターの時計が正しくありません。</translation>
    </message>
    <message>
        <source>Please sign in again, and check this computer&apos;s date and time.</source>
        <translation>もう一度サインインし、このコンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <source>Your organization needs you to confirm your sign-in again.</source>
        <translation>組織から、サインインの再確認が求められています。</translation>
    </message>
    <message>
        <source>A Conditional Access or continuous access evaluation event requires a fresh sign-in.</source>
        <translation>条件付きアクセスまたは継続的アクセス評価のイベントにより、新たなサインインが必要です。</translation>
    </message>
    <message>
        <source>Sign in again in the window that opens.</source>
        <translation>開いたウィンドウでもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The object could not be found in Microsoft Entra.</source>
        <translation>Microsoft Entra でオブジェクトが見つかりませんでした。</translation>
    </message>
    <message>
        <source>It was created moments ago and hasn&apos;t replicated yet, or it was deleted.</source>
        <translation>作成直後でまだレプリケートされていないか、削除されました。</translation>
    </message>
    <message>
        <source>Wait a minute and retry. If it persists, restart the wizard from the &apos;Create app&apos; step.</source>
        <translation>1 分待ってから再試行してください。解決しない場合は、「Create app」の手順からウィザードをやり直してください。</translation>
    </message>
    <message>
        <source>Search failed due to an internal error.</source>
        <translation>内部エラーのため検索に失敗しました。</translation>
    </message>
    <message>
        <source>Microsoft Graph didn&apos;t accept the search query.</source>
        <translation>Microsoft Graph が検索クエリを受け入れませんでした。</translation>
    </message>
    <message>
        <source>Please report this problem with the request ID.</source>
        <translation>要求 ID を添えてこの問題を報告してください。</translation>
    </message>
    <message>
        <source>Entra refused Insightly&apos;s URL as Identifier.</source>
        <translation>Entra が Insightly の URL を識別子として拒否しました。</translation>
    </message>
    <message>
        <source>Your tenant&apos;s identifier-URI policy only allows verified domains for apps not yet in SAML mode.</source>
        <translation>テナントの識別子 URI ポリシーでは、まだ SAML モードでないアプリには検証済みドメインのみが許可されます。</translation>
    </message>
    <message>
        <source>Let the wizard set SAML mode first and retry after a minute. If it still fails, an admin must allow the URL (or exempt this app), or set the Identifier on the app&apos;s SAML page in the portal.</source>
        <translation>まずウィザードに SAML モードを設定させ、1 分後に再試行してください。それでも失敗する場合は、管理者が URL を許可する (またはこのアプリを除外する) か、ポータルでアプリの SAML ページに識別子を設定する必要があります。</translation>
    </message>
    <message>
        <source>The Identifier can&apos;t end with &apos;/&apos; when it has no path.</source>
        <translation>パスがない場合、識別子の末尾を &apos;/&apos; にすることはできません。</translation>
    </message>
    <message>
        <source>Entra rejects a bare host name with a trailing slash as Identifier.</source>
        <translation>Entra は、末尾にスラッシュが付いたホスト名だけの識別子を拒否します。</translation>
    </message>
    <message>
        <source>Paste the full Insightly Sign-in page URL.</source>
        <translation>Insightly の「Sign-in page URL」全体を貼り付けてください。</translation>
    </message>
    <message>
        <source>Already assigned — nothing to do.</source>
        <translation>既に割り当て済みです。操作は不要です。</translation>
    </message>
    <message>
        <source>This user or group already has this role on the app.</source>
        <translation>このユーザーまたはグループは、既にアプリでこのロールを持っています。</translation>
    </message>
    <message>
        <source>No action needed.</source>
        <translation>操作は不要です。</translation>
    </message>
    <message>
        <source>The half-created Insightly app can&apos;t be removed this way.</source>
        <translation>作成途中の Insightly アプリはこの方法では削除できません。</translation>
    </message>
    <message>
        <source>A SAML app created from the gallery can&apos;t be deleted through its service principal.</source>
        <translation>ギャラリーから作成した SAML アプリは、サービス プリンシパル経由では削除できません。</translation>
    </message>
    <message>
        <source>The wizard removes the application object instead; retry the cleanup.</source>
        <translation>ウィザードは代わりにアプリケーション オブジェクトを削除します。クリーンアップを再試行してください。</translation>
    </message>
    <message>
        <source>Your tenant (or your account) has reached its limit of directory objects.</source>
        <translation>テナント (またはお使いのアカウント) がディレクトリ オブジェクトの上限に達しました。</translation>
    </message>
    <message>
        <source>Entra limits how many objects a tenant or a non-admin user may create.</source>
        <translation>Entra は、テナントまたは管理者以外のユーザーが作成できるオブジェクトの数を制限しています。</translation>
    </message>
    <message>
        <source>Delete unused app registrations, or ask an administrator to run the wizard.</source>
        <translation>使用していないアプリの登録を削除するか、管理者にウィザードの実行を依頼してください。</translation>
    </message>
    <message>
        <source>Microsoft is rejecting requests from this tenant.</source>
        <translation>Microsoft がこのテナントからの要求を拒否しています。</translation>
    </message>
    <message>
        <source>The tenant keeps exceeding Microsoft Graph&apos;s limits.</source>
        <translation>このテナントは Microsoft Graph の制限を繰り返し超えています。</translation>
    </message>
    <message>
        <source>Contact Microsoft support.</source>
        <translation>Microsoft サポートに連絡してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph asked the wizard to slow down.</source>
        <translation>Microsoft Graph からウィザードに速度を落とすよう求められました。</translation>
    </message>
    <message>
        <source>The tenant&apos;s request or write quota for this app was exceeded.</source>
        <translation>このアプリに対するテナントの要求または書き込みのクォータを超えました。</translation>
    </message>
    <message>
        <source>The wizard continues automatically after the wait Microsoft asks for. Retry later if it stopped.</source>
        <translation>ウィザードは Microsoft が指定する待ち時間の後に自動的に続行します。停止した場合は、後で再試行してください。</translation>
    </message>
    <message>
        <source>Microsoft Graph had a temporary problem.</source>
        <translation>Microsoft Graph で一時的な問題が発生しました。</translation>
    </message>
    <message>
        <source>The service failed or timed out on Microsoft&apos;s side.</source>
        <translation>Microsoft 側でサービスが失敗したかタイムアウトしました。</translation>
    </message>
    <message>
        <source>Wait a few minutes and retry.</source>
        <translation>数分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Microsoft&apos;s provisioning service couldn&apos;t reach Insightly&apos;s SCIM endpoint.</source>
        <translation>Microsoft のプロビジョニング サービスが Insightly の SCIM エンドポイントに接続できませんでした。</translation>
    </message>
    <message>
        <source>The SCIM URL is wrong, SCIM is off in Insightly, or the endpoint isn&apos;t reachable from Microsoft&apos;s network.</source>
        <translation>SCIM URL が間違っているか、Insightly で SCIM がオフになっているか、Microsoft のネットワークからエンドポイントに到達できません。</translation>
    </message>
    <message>
        <source>Check the SCIM endpoint URL copied from Insightly (System Settings → SAML and SCIM) and that SCIM is enabled there.
If Insightly restricts IP addresses, allow Microsoft&apos;s AzureActiveDirectory ranges.</source>
        <translation>Insightly からコピーした SCIM エンドポイント URL (「System Settings」→「SAML and SCIM」) と、そこで SCIM が有効になっていることを確認してください。
Insightly で IP アドレスを制限している場合は、Microsoft の AzureActiveDirectory の範囲を許可してください。</translation>
    </message>
    <message>
        <source>Insightly didn&apos;t accept the Secret Token.</source>
        <translation>Insightly が シークレット トークン を受け入れませんでした。</translation>
    </message>
    <message>
        <source>The token was mistyped, has extra spaces, or was regenerated in Insightly.</source>
        <translation>トークンの入力ミス、余分な空白、または Insightly での再生成が原因です。</translation>
    </message>
    <message>
        <source>Copy the current SCIM token from Insightly (regenerating it cancels the old one), paste it, and test again.</source>
        <translation>Insightly から現在の SCIM トークンをコピーし (再生成すると古いトークンは無効になります)、貼り付けてもう一度テストしてください。</translation>
    </message>
    <message>
        <source>A user with this email already exists in Insightly but wasn&apos;t matched.</source>
        <translation>このメール アドレスのユーザーは Insightly に既に存在しますが、照合されませんでした。</translation>
    </message>
    <message>
        <source>Microsoft&apos;s lookup by user name didn&apos;t find the existing Insightly user.</source>
        <translation>Microsoft のユーザー名による検索で、既存の Insightly ユーザーが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Make the Insightly user&apos;s email equal to the Entra user name, or remove the duplicate.</source>
        <translation>Insightly ユーザーのメール アドレスを Entra のユーザー名と同じにするか、重複を削除してください。</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM answer wasn&apos;t in the expected format.</source>
        <translation>Insightly の SCIM 応答が想定された形式ではありませんでした。</translation>
    </message>
    <message>
        <source>The SCIM address is wrong (e.g. &apos;/Users&apos; added) or a required field is empty.</source>
        <translation>SCIM アドレスが間違っている (例: &apos;/Users&apos; が追加されている) か、必須フィールドが空です。</translation>
    </message>
    <message>
        <source>Paste the SCIM endpoint exactly as Insightly shows it, and check the user&apos;s required fields.</source>
        <translation>Insightly に表示されるとおりに SCIM エンドポイントを貼り付け、ユーザーの必須フィールドを確認してください。</translation>
    </message>
    <message>
        <source>Insightly refused the change.</source>
        <translation>Insightly が変更を拒否しました。</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service answered with an error.</source>
        <translation>Insightly の SCIM サービスがエラーを返しました。</translation>
    </message>
    <message>
        <source>See the details for Insightly&apos;s answer.</source>
        <translation>Insightly の応答については詳細を参照してください。</translation>
    </message>
    <message>
        <source>Several users share the same matching value.</source>
        <translation>複数のユーザーが同じ照合値を共有しています。</translation>
    </message>
    <message>
        <source>There are probably duplicate users in Insightly or in Entra.</source>
        <translation>Insightly または Entra に重複したユーザーがいる可能性があります。</translation>
    </message>
    <message>
        <source>Remove the duplicate, or choose a unique matching attribute.</source>
        <translation>重複を削除するか、一意の照合属性を選択してください。</translation>
    </message>
    <message>
        <source>Insightly denied the change.</source>
        <translation>Insightly が変更を拒否しました。</translation>
    </message>
    <message>
        <source>The SCIM token stopped working or lacks rights.</source>
        <translation>SCIM トークンが機能しなくなったか、権限が不足しています。</translation>
    </message>
    <message>
        <source>Check that the SCIM token still works and belongs to an Insightly admin; regenerate and update it if needed.</source>
        <translation>SCIM トークンがまだ有効で Insightly 管理者のものであることを確認してください。必要に応じて再生成して更新してください。</translation>
    </message>
    <message>
        <source>The access token was rejected.</source>
        <translation>アクセス トークンが拒否されました。</translation>
    </message>
    <message>
        <source>Please sign in again.</source>
        <translation>もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The signed-in account lacks the needed Entra role or permission.</source>
        <translation>サインインしているアカウントに必要な Entra のロールまたはアクセス許可がありません。</translation>
    </message>
    <message>
        <source>Sign in as a Cloud Application Administrator or Application Administrator.</source>
        <translation>クラウド アプリケーション管理者またはアプリケーション管理者としてサインインしてください。</translation>
    </message>
    <message>
        <source>It may not have replicated yet, or it was deleted.</source>
        <translation>まだレプリケートされていないか、削除された可能性があります。</translation>
    </message>
    <message>
        <source>Wait a minute and retry.</source>
        <translation>1 分待ってから再試行してください。</translation>
    </message>
    <message>
        <source>Microsoft Entra reported a conflicting change.</source>
        <translation>Microsoft Entra が競合する変更を報告しました。</translation>
    </message>
    <message>
        <source>Another change to the same object is still being applied.</source>
        <translation>同じオブジェクトへの別の変更がまだ適用中です。</translation>
    </message>
    <message>
        <source>The service failed on Microsoft&apos;s side.</source>
        <translation>Microsoft 側でサービスが失敗しました。</translation>
    </message>
    <message>
        <source>A gateway in front of it failed.</source>
        <translation>前段のゲートウェイが失敗しました。</translation>
    </message>
    <message>
        <source>The service is unavailable right now.</source>
        <translation>現在サービスを利用できません。</translation>
    </message>
    <message>
        <source>The service took too long to answer.</source>
        <translation>サービスの応答に時間がかかりすぎました。</translation>
    </message>
    <message>
        <source>Microsoft sign-in doesn&apos;t know where to send you back.</source>
        <translation>Microsoft のサインインが戻り先を認識できません。</translation>
    </message>
    <message>
        <source>The redirect URI {redirectUri} is not registered on the sign-in app {clientId}.</source>
        <translation>リダイレクト URI {redirectUri} がサインイン アプリ {clientId} に登録されていません。</translation>
    </message>
    <message>
        <source>In App registrations → your app → Authentication, add {redirectUri} under Mobile and desktop applications.
Wait 3–5 minutes, then sign in again.</source>
        <translation>[アプリの登録] → 対象のアプリ → [認証] で、[モバイル アプリケーションとデスクトップ アプリケーション] に {redirectUri} を追加してください。
3～5 分待ってから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your organization hasn&apos;t approved the permissions this wizard needs.</source>
        <translation>このウィザードに必要なアクセス許可が組織で承認されていません。</translation>
    </message>
    <message>
        <source>The permissions (Application.ReadWrite.All, AppRoleAssignment.ReadWrite.All, Synchronization.ReadWrite.All, …) were never granted to this sign-in app in this tenant.</source>
        <translation>このテナントでは、アクセス許可 (Application.ReadWrite.All、AppRoleAssignment.ReadWrite.All、Synchronization.ReadWrite.All、…) がこのサインイン アプリに付与されていません。</translation>
    </message>
    <message>
        <source>Sign in as an administrator who can grant tenant-wide consent and tick Consent on behalf of your organization, or ask an admin to approve the app with this link: {consentUrl}</source>
        <translation>テナント全体の同意を付与できる管理者としてサインインし、[組織の代理として同意する] をオンにするか、次のリンクで管理者にアプリの承認を依頼してください: {consentUrl}</translation>
    </message>
    <message>
        <source>Only an administrator can approve these permissions.</source>
        <translation>これらのアクセス許可を承認できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>User consent is turned off in your tenant, or these permissions need admin consent.</source>
        <translation>テナントでユーザーの同意が無効になっているか、これらのアクセス許可には管理者の同意が必要です。</translation>
    </message>
    <message>
        <source>Ask a Global, Privileged Role or Cloud Application Administrator to approve the app: {consentUrl}
Then sign in again.</source>
        <translation>グローバル管理者、特権ロール管理者、またはクラウド アプリケーション管理者にアプリの承認を依頼してください: {consentUrl}
その後、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in app is missing the basic &apos;User.Read&apos; permission.</source>
        <translation>サインイン アプリに基本的な &apos;User.Read&apos; アクセス許可がありません。</translation>
    </message>
    <message>
        <source>Its app registration doesn&apos;t ask for Microsoft Graph User.Read (Sign in and read user profile).</source>
        <translation>アプリの登録で Microsoft Graph の User.Read (サインインとユーザー プロファイルの読み取り) が要求されていません。</translation>
    </message>
    <message>
        <source>Add User.Read under API permissions of the app registration and grant consent.</source>
        <translation>アプリの登録の [API のアクセス許可] に User.Read を追加し、同意を付与してください。</translation>
    </message>
    <message>
        <source>You declined the permission request.</source>
        <translation>アクセス許可の要求を拒否しました。</translation>
    </message>
    <message>
        <source>The permissions screen was cancelled, so the wizard can&apos;t continue.</source>
        <translation>アクセス許可の画面がキャンセルされたため、ウィザードを続行できません。</translation>
    </message>
    <message>
        <source>Start sign-in again and accept, or ask an admin to approve the app for everyone.</source>
        <translation>もう一度サインインを開始して承諾するか、全員に対してアプリを承認するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The built-in sign-in app isn&apos;t allowed to request this access.</source>
        <translation>組み込みのサインイン アプリは、このアクセスを要求することが許可されていません。</translation>
    </message>
    <message>
        <source>Microsoft has not pre-authorized its own client app for this API.</source>
        <translation>Microsoft は、この API に対して自社のクライアント アプリを事前承認していません。</translation>
    </message>
    <message>
        <source>In Settings, enter your own app registration&apos;s client ID.</source>
        <translation>[設定] で、独自のアプリの登録のクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication.</source>
        <translation>組織で多要素認証が必要です。</translation>
    </message>
    <message>
        <source>A Conditional Access policy or per-user MFA asks for a second factor, which wasn&apos;t completed.</source>
        <translation>条件付きアクセス ポリシーまたはユーザーごとの MFA で 2 つ目の要素が求められましたが、完了しませんでした。</translation>
    </message>
    <message>
        <source>Complete (approve) the extra verification in the sign-in window. If this appeared while the wizard was reconnecting, just sign in again.</source>
        <translation>サインイン ウィンドウで追加の確認を完了 (承認) してください。ウィザードの再接続中に表示された場合は、もう一度サインインするだけで済みます。</translation>
    </message>
    <message>
        <source>Your account must register a verification method first.</source>
        <translation>アカウントで先に確認方法を登録する必要があります。</translation>
    </message>
    <message>
        <source>Your organization requires multifactor authentication, and no method is registered for this account.</source>
        <translation>組織で多要素認証が必要ですが、このアカウントには方法が登録されていません。</translation>
    </message>
    <message>
        <source>Follow the registration prompt in the sign-in window, or register on the Security info page, then retry.</source>
        <translation>サインイン ウィンドウの登録の案内に従うか、[セキュリティ情報] ページで登録してから、再試行してください。</translation>
    </message>
    <message>
        <source>Sign-in was blocked by your organization&apos;s access policy.</source>
        <translation>組織のアクセス ポリシーによりサインインがブロックされました。</translation>
    </message>
    <message>
        <source>A Conditional Access policy, a security policy or Security Defaults blocks this user, app, location or sign-in method.</source>
        <translation>条件付きアクセス ポリシー、セキュリティ ポリシー、またはセキュリティの既定値群が、このユーザー、アプリ、場所、またはサインイン方法をブロックしています。</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser and try again.
If it is still blocked, an admin can open Entra → Sign-in logs, find this attempt by its correlation ID and check the Conditional Access tab.</source>
        <translation>[システム ブラウザーでサインイン] を選択して、もう一度お試しください。
それでもブロックされる場合、管理者は Entra → サインイン ログを開き、相関 ID でこの試行を探して [条件付きアクセス] タブを確認できます。</translation>
    </message>
    <message>
        <source>Your organization only accepts sign-ins from managed devices through a supported browser.</source>
        <translation>組織では、サポートされているブラウザーを通じた管理対象デバイスからのサインインのみを受け付けます。</translation>
    </message>
    <message>
        <source>The wizard&apos;s built-in sign-in window can&apos;t prove this device is compliant.</source>
        <translation>ウィザードの組み込みサインイン ウィンドウでは、このデバイスが準拠していることを証明できません。</translation>
    </message>
    <message>
        <source>Choose Sign in with system browser, or run the wizard on a compliant, enrolled device.</source>
        <translation>[システム ブラウザーでサインイン] を選択するか、準拠している登録済みデバイスでウィザードを実行してください。</translation>
    </message>
    <message>
        <source>This tenant&apos;s device rules don&apos;t trust your home organization&apos;s devices.</source>
        <translation>このテナントのデバイス ルールは、ホーム組織のデバイスを信頼していません。</translation>
    </message>
    <message>
        <source>You are signing in as a guest, and cross-tenant trust of device compliance is not configured.</source>
        <translation>ゲストとしてサインインしており、デバイス コンプライアンスのテナント間の信頼が構成されていません。</translation>
    </message>
    <message>
        <source>Use an account that is a member of this tenant, or ask its admin to configure cross-tenant trust.</source>
        <translation>このテナントのメンバーであるアカウントを使用するか、テナント間の信頼を構成するよう管理者に依頼してください。</translation>
    </message>
    <message>
        <source>The sign-in app {clientId} isn&apos;t known in tenant {tenant}.</source>
        <translation>サインイン アプリ {clientId} はテナント {tenant} で認識されていません。</translation>
    </message>
    <message>
        <source>The client ID is mistyped, the app was deleted, or it is a single-tenant app of another tenant.</source>
        <translation>クライアント ID の入力ミス、アプリの削除、または別のテナントのシングルテナント アプリであることが原因です。</translation>
    </message>
    <message>
        <source>Check the client ID and tenant in Settings, register the app in this tenant, or make it multi-tenant.</source>
        <translation>[設定] でクライアント ID とテナントを確認するか、このテナントにアプリを登録するか、マルチテナントにしてください。</translation>
    </message>
    <message>
        <source>The app registration is set up as a web app, but the wizard is a desktop app.</source>
        <translation>アプリの登録が Web アプリとして設定されていますが、ウィザードはデスクトップ アプリです。</translation>
    </message>
    <message>
        <source>Entra expects a client secret because the redirect URI is registered under Web, or public client flows are off.</source>
        <translation>リダイレクト URI が Web で登録されているか、パブリック クライアント フローがオフのため、Entra はクライアント シークレットを要求しています。</translation>
    </message>
    <message>
        <source>Register the redirect URI under Mobile and desktop applications, and set Allow public client flows = Yes.</source>
        <translation>リダイレクト URI を [モバイル アプリケーションとデスクトップ アプリケーション] で登録し、[パブリック クライアント フローを許可する] を [はい] に設定してください。</translation>
    </message>
    <message>
        <source>Internal configuration error: the desktop client sent a secret.</source>
        <translation>内部構成エラー: デスクトップ クライアントがシークレットを送信しました。</translation>
    </message>
    <message>
        <source>A public client must not send a client secret or assertion.</source>
        <translation>パブリック クライアントはクライアント シークレットやアサーションを送信してはいけません。</translation>
    </message>
    <message>
        <source>Please report this problem.</source>
        <translation>この問題を報告してください。</translation>
    </message>
    <message>
        <source>This sign-in app only works with a specific tenant.</source>
        <translation>このサインイン アプリは特定のテナントでのみ動作します。</translation>
    </message>
    <message>
        <source>It is a single-tenant app, and the wizard used &apos;common&apos; or &apos;organizations&apos;.</source>
        <translation>シングルテナント アプリですが、ウィザードは &apos;common&apos; または &apos;organizations&apos; を使用しました。</translation>
    </message>
    <message>
        <source>Enter your tenant ID or domain in the wizard, then sign in again.</source>
        <translation>ウィザードでテナント ID またはドメインを入力してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The account you used isn&apos;t part of {tenant}.</source>
        <translation>使用したアカウントは {tenant} に属していません。</translation>
    </message>
    <message>
        <source>It is a personal account, an account of another tenant, or the user name is mistyped.</source>
        <translation>個人アカウントまたは別のテナントのアカウントであるか、ユーザー名の入力ミスです。</translation>
    </message>
    <message>
        <source>Sign out and use your work account from that organization (it also needs an admin role there).</source>
        <translation>サインアウトし、その組織の職場アカウント (その組織で管理者ロールも必要です) を使用してください。</translation>
    </message>
    <message>
        <source>Your external account can&apos;t complete this tenant&apos;s verification.</source>
        <translation>外部アカウントでは、このテナントの確認を完了できません。</translation>
    </message>
    <message>
        <source>A guest account cannot satisfy this tenant&apos;s multifactor authentication.</source>
        <translation>ゲスト アカウントは、このテナントの多要素認証を満たすことができません。</translation>
    </message>
    <message>
        <source>Use a member account of the tenant.</source>
        <translation>テナントのメンバー アカウントを使用してください。</translation>
    </message>
    <message>
        <source>Your network or a cross-tenant policy doesn&apos;t allow signing in to {tenant} with this account.</source>
        <translation>ネットワークまたはテナント間ポリシーにより、このアカウントで {tenant} にサインインすることが許可されていません。</translation>
    </message>
    <message>
        <source>Tenant restrictions on your network, or a cross-tenant access policy, block this tenant.</source>
        <translation>ネットワークのテナント制限またはテナント間アクセス ポリシーが、このテナントをブロックしています。</translation>
    </message>
    <message>
        <source>Ask your IT team to allow that tenant, or use a member account of the target tenant or another network.</source>
        <translation>IT チームにそのテナントの許可を依頼するか、対象テナントのメンバー アカウントまたは別のネットワークを使用してください。</translation>
    </message>
    <message>
        <source>As a partner admin you can only use apps the customer tenant has approved.</source>
        <translation>パートナー管理者は、顧客テナントが承認したアプリのみを使用できます。</translation>
    </message>
    <message>
        <source>The sign-in app has no consent in the customer tenant.</source>
        <translation>サインイン アプリに顧客テナントでの同意がありません。</translation>
    </message>
    <message>
        <source>Have a customer admin consent to the wizard&apos;s app first: {consentUrl}</source>
        <translation>まず顧客の管理者にウィザードのアプリへ同意してもらってください: {consentUrl}</translation>
    </message>
    <message>
        <source>User name or password is incorrect.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Microsoft didn&apos;t accept the credentials entered.</source>
        <translation>Microsoft は入力された資格情報を受け入れませんでした。</translation>
    </message>
    <message>
        <source>Try again or reset your password.</source>
        <translation>もう一度お試しいただくか、パスワードをリセットしてください。</translation>
    </message>
    <message>
        <source>The account is locked, blocked from this network, has an expired password, or is disabled.</source>
        <translation>アカウントがロックされているか、このネットワークからブロックされているか、パスワードの期限が切れているか、無効になっています。</translation>
    </message>
    <message>
        <source>Too many failed attempts, a flagged IP address, an expired password or a disabled account.</source>
        <translation>試行の失敗が多すぎる、フラグが付いた IP アドレス、パスワードの期限切れ、またはアカウントの無効化が原因です。</translation>
    </message>
    <message>
        <source>Wait and retry, reset the password, or ask an admin to re-enable the account. An admin sees the exact reason in the Sign-in logs.</source>
        <translation>待ってから再試行するか、パスワードをリセットするか、管理者にアカウントの再有効化を依頼してください。管理者はサインイン ログで正確な理由を確認できます。</translation>
    </message>
    <message>
        <source>You aren&apos;t assigned to the sign-in app used by this wizard.</source>
        <translation>サインインしたアカウントが、このウィザードが使用するサインイン アプリに割り当てられていません。</translation>
    </message>
    <message>
        <source>Assignment required is on for the app, and your account isn&apos;t assigned to it.</source>
        <translation>アプリで [割り当てが必要ですか?] がオンになっており、サインインしたアカウントが割り当てられていません。</translation>
    </message>
    <message>
        <source>Add your account under Enterprise applications → the sign-in app → Users and groups, or turn off Assignment required.</source>
        <translation>[エンタープライズ アプリケーション] → サインイン アプリ → [ユーザーとグループ] で自分のアカウントを追加するか、[割り当てが必要ですか?] をオフにしてください。</translation>
    </message>
    <message>
        <source>The requested Microsoft service isn&apos;t available in this tenant.</source>
        <translation>要求された Microsoft サービスは、このテナントでは利用できません。</translation>
    </message>
    <message>
        <source>The tenant or the cloud (commercial, US Government, China) in Settings is probably wrong.</source>
        <translation>[設定] のテナントまたはクラウド (商用、US Government、China) が間違っている可能性があります。</translation>
    </message>
    <message>
        <source>Check the tenant and the cloud in Settings, then sign in again.</source>
        <translation>[設定] でテナントとクラウドを確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Tenant {tenant} wasn&apos;t found.</source>
        <translation>テナント {tenant} が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The tenant name is mistyped, not registered, or in another cloud.</source>
        <translation>テナント名の入力ミス、未登録、または別のクラウドのテナントです。</translation>
    </message>
    <message>
        <source>Enter the tenant ID (GUID) or a verified domain.</source>
        <translation>テナント ID (GUID) または検証済みドメインを入力してください。</translation>
    </message>
    <message>
        <source>Internal request error (invalid scope).</source>
        <translation>内部要求エラー (無効なスコープ)。</translation>
    </message>
    <message>
        <source>Microsoft rejected the permissions the wizard asked for.</source>
        <translation>Microsoft はウィザードが要求したアクセス許可を拒否しました。</translation>
    </message>
    <message>
        <source>Please report this problem with the correlation ID.</source>
        <translation>相関 ID を添えてこの問題を報告してください。</translation>
    </message>
    <message>
        <source>Your sign-in took too long or the saved session is no longer valid.</source>
        <translation>サインインに時間がかかりすぎたか、保存されたセッションが無効になりました。</translation>
    </message>
    <message>
        <source>The sign-in code expired or the saved sign-in was revoked.</source>
        <translation>サインイン コードの期限が切れたか、保存されたサインインが取り消されました。</translation>
    </message>
    <message>
        <source>Sign-in was interrupted by an internal error.</source>
        <translation>内部エラーによりサインインが中断されました。</translation>
    </message>
    <message>
        <source>The sign-in answer didn&apos;t belong to this sign-in attempt, or was used twice.</source>
        <translation>サインインの応答がこのサインインの試行のものではないか、2 回使用されました。</translation>
    </message>
    <message>
        <source>Please start sign-in again. If it happens again, report it with the correlation ID.</source>
        <translation>もう一度サインインを開始してください。再び発生する場合は、相関 ID を添えて報告してください。</translation>
    </message>
    <message>
        <source>Your saved sign-in expired because the wizard wasn&apos;t used for a long time.</source>
        <translation>ウィザードが長期間使用されなかったため、保存されたサインインの期限が切れました。</translation>
    </message>
    <message>
        <source>The saved refresh token expired after a long period without use.</source>
        <translation>保存された更新トークンが、長期間使用されなかったため期限切れになりました。</translation>
    </message>
    <message>
        <source>Your saved sign-in was cancelled.</source>
        <translation>保存されたサインインが取り消されました。</translation>
    </message>
    <message>
        <source>The password was changed or an admin revoked your sessions.</source>
        <translation>パスワードが変更されたか、管理者がセッションを取り消しました。</translation>
    </message>
    <message>
        <source>Your organization requires you to confirm your sign-in again.</source>
        <translation>組織から、サインインの再確認が求められています。</translation>
    </message>
    <message>
        <source>The saved sign-in can&apos;t be renewed silently (sign-in frequency, expired MFA or a password change).</source>
        <translation>保存されたサインインを自動で更新できません (サインインの頻度、MFA の期限切れ、またはパスワードの変更)。</translation>
    </message>
    <message>
        <source>Consent for the sign-in app is missing in this tenant.</source>
        <translation>このテナントでサインイン アプリへの同意がありません。</translation>
    </message>
    <message>
        <source>Sign in as an administrator and grant consent, or ask an admin to approve the app: {consentUrl}</source>
        <translation>管理者としてサインインして同意を付与するか、管理者にアプリの承認を依頼してください: {consentUrl}</translation>
    </message>
    <message>
        <source>Microsoft couldn&apos;t use the sign-in response.</source>
        <translation>Microsoft はサインインの応答を使用できませんでした。</translation>
    </message>
    <message>
        <source>The sign-in request was malformed or a saved value was damaged.</source>
        <translation>サインイン要求の形式が正しくないか、保存された値が破損しています。</translation>
    </message>
    <message>
        <source>Start sign-in again. If it keeps failing, send the correlation ID to support.</source>
        <translation>もう一度サインインを開始してください。失敗が続く場合は、相関 ID をサポートに送ってください。</translation>
    </message>
    <message>
        <source>Too many repeated sign-in requests.</source>
        <translation>サインイン要求の繰り返しが多すぎます。</translation>
    </message>
    <message>
        <source>Microsoft detected a sign-in loop.</source>
        <translation>Microsoft がサインインのループを検出しました。</translation>
    </message>
    <message>
        <source>Wait a few minutes and try again.</source>
        <translation>数分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Microsoft sign-in is temporarily busy.</source>
        <translation>Microsoft のサインインが一時的に混雑しています。</translation>
    </message>
    <message>
        <source>The sign-in service had a transient problem.</source>
        <translation>サインイン サービスで一時的な問題が発生しました。</translation>
    </message>
    <message>
        <source>Wait a moment and try again.</source>
        <translation>しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in app is disabled in your tenant.</source>
        <translation>サインイン アプリがテナントで無効になっています。</translation>
    </message>
    <message>
        <source>Its enterprise application is not enabled for users to sign in.</source>
        <translation>エンタープライズ アプリケーションで、ユーザーのサインインが有効になっていません。</translation>
    </message>
    <message>
        <source>Re-enable it in Enterprise applications → the app → Properties → Enabled for users to sign in.</source>
        <translation>[エンタープライズ アプリケーション] → アプリ → [プロパティ] → [ユーザーのサインインが有効になっていますか?] で再度有効にしてください。</translation>
    </message>
    <message>
        <source>Your sign-in is no longer valid.</source>
        <translation>サインインが無効になりました。</translation>
    </message>
    <message>
        <source>The sign-in code or the saved session was rejected by Microsoft.</source>
        <translation>サインイン コードまたは保存されたセッションが Microsoft に拒否されました。</translation>
    </message>
    <message>
        <source>Sign-in with a code was declined.</source>
        <translation>コードによるサインインが拒否されました。</translation>
    </message>
    <message>
        <source>The code sign-in was refused on the other device.</source>
        <translation>もう一方のデバイスでコードによるサインインが拒否されました。</translation>
    </message>
    <message>
        <source>Start sign-in again and approve it.</source>
        <translation>もう一度サインインを開始して承認してください。</translation>
    </message>
    <message>
        <source>The sign-in code expired.</source>
        <translation>サインイン コードの期限が切れました。</translation>
    </message>
    <message>
        <source>It wasn&apos;t entered within its validity (about 15 minutes).</source>
        <translation>有効期間 (約 15 分) 内に入力されませんでした。</translation>
    </message>
    <message>
        <source>Get a new code and enter it.</source>
        <translation>新しいコードを取得して入力してください。</translation>
    </message>
    <message>
        <source>The sign-in code wasn&apos;t recognized.</source>
        <translation>サインイン コードが認識されませんでした。</translation>
    </message>
    <message>
        <source>The code entered doesn&apos;t match the one shown.</source>
        <translation>入力したコードが表示されたコードと一致しません。</translation>
    </message>
    <message>
        <source>Get a new code and enter it exactly as shown.</source>
        <translation>新しいコードを取得し、表示されたとおりに入力してください。</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>コードの入力を待っています…</translation>
    </message>
    <message>
        <source>Sign-in on the other device isn&apos;t finished yet.</source>
        <translation>もう一方のデバイスでのサインインがまだ完了していません。</translation>
    </message>
    <message>
        <source>Enter the code shown and sign in.</source>
        <translation>表示されたコードを入力してサインインしてください。</translation>
    </message>
    <message>
        <source>Sign-in returned to an unexpected address.</source>
        <translation>サインインが予期しないアドレスに戻りました。</translation>
    </message>
    <message>
        <source>The answer didn&apos;t come back to the wizard&apos;s redirect URI.</source>
        <translation>応答がウィザードのリダイレクト URI に戻りませんでした。</translation>
    </message>
    <message>
        <source>Please start sign-in again.</source>
        <translation>もう一度サインインを開始してください。</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach Microsoft.</source>
        <translation>ウィザードから Microsoft に接続できませんでした。</translation>
    </message>
    <message>
        <source>The wizard couldn&apos;t reach %1.</source>
        <translation>ウィザードから %1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>The server didn&apos;t answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>接続に失敗しました: %1。</translation>
    </message>
    <message>
        <source>Check your network connection and proxy settings, then retry.</source>
        <translation>ネットワーク接続とプロキシ設定を確認してから、再試行してください。</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>操作はキャンセルされました。</translation>
    </message>
    <message>
        <source>Microsoft Graph answered with HTTP status %1.</source>
        <translation>Microsoft Graph が HTTP 状態 %1 で応答しました。</translation>
    </message>
    <message>
        <source>Retry the step. If it keeps failing, send the diagnostics (with the request ID) to support.</source>
        <translation>この手順を再試行してください。失敗が続く場合は、診断情報 (要求 ID を含む) をサポートに送信してください。</translation>
    </message>
    <message>
        <source>Couldn&apos;t reach Microsoft sign-in.</source>
        <translation>Microsoft のサインインに接続できませんでした。</translation>
    </message>
    <message>
        <source>Microsoft sign-in failed.</source>
        <translation>Microsoft のサインインに失敗しました。</translation>
    </message>
    <message>
        <source>Microsoft returned an error the wizard doesn&apos;t know.</source>
        <translation>Microsoft から、ウィザードが認識できないエラーが返されました。</translation>
    </message>
    <message>
        <source>Try signing in again. If it keeps failing, send the diagnostics (with the correlation ID) to support.</source>
        <translation>もう一度サインインしてください。失敗が続く場合は、診断情報 (相関 ID を含む) をサポートに送信してください。</translation>
    </message>
</context>
<context>
    <name>FederationMetadata</name>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates), or use &quot;Certificate (Base64)&quot; instead.</source>
        <translation>Entra の Insightly SAML アプリケーション ([シングル サインオン]、[SAML 証明書]) から「フェデレーション メタデータ XML」をもう一度ダウンロードするか、代わりに「証明書 (Base64)」を使用してください。</translation>
    </message>
    <message>
        <source>The metadata file is empty.</source>
        <translation>メタデータ ファイルが空です。</translation>
    </message>
    <message>
        <source>It contains no XML.</source>
        <translation>XML が含まれていません。</translation>
    </message>
    <message>
        <source>This file is not Entra federation metadata.</source>
        <translation>このファイルは Entra のフェデレーション メタデータではありません。</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does.</source>
        <translation>ドキュメント型 (DTD) が宣言されていますが、メタデータで宣言されることはありません。</translation>
    </message>
    <message>
        <source>It is a web page (HTML), perhaps a sign-in page saved instead of the download.</source>
        <translation>これは Web ページ (HTML) です。ダウンロードの代わりにサインイン ページが保存された可能性があります。</translation>
    </message>
    <message>
        <source>Its top element is &lt;%1&gt;, not &lt;EntityDescriptor&gt;.</source>
        <translation>最上位の要素が &lt;EntityDescriptor&gt; ではなく &lt;%1&gt; です。</translation>
    </message>
    <message>
        <source>A certificate in the metadata cannot be read.</source>
        <translation>メタデータ内の証明書を読み取れません。</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>%1 行、%2 列: %3</translation>
    </message>
    <message>
        <source>The metadata file is damaged.</source>
        <translation>メタデータ ファイルが破損しています。</translation>
    </message>
    <message>
        <source>It is not well-formed XML (%1); it may have been cut off or edited.</source>
        <translation>整形式の XML ではありません (%1)。途中で切れているか、編集された可能性があります。</translation>
    </message>
    <message>
        <source>The metadata holds no SAML signing certificate.</source>
        <translation>メタデータに SAML 署名証明書が含まれていません。</translation>
    </message>
    <message>
        <source>It has no &lt;KeyDescriptor use=&quot;signing&quot;&gt; under &lt;IDPSSODescriptor&gt;.</source>
        <translation>&lt;IDPSSODescriptor&gt; の下に &lt;KeyDescriptor use=&quot;signing&quot;&gt; がありません。</translation>
    </message>
    <message>
        <source>Download &quot;Federation Metadata XML&quot; again from the Insightly SAML application in Entra (Single sign-on, SAML Certificates).</source>
        <translation>Entra の Insightly SAML アプリケーション ([シングル サインオン]、[SAML 証明書]) から「フェデレーション メタデータ XML」をもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>The metadata file</source>
        <translation>メタデータ ファイル</translation>
    </message>
    <message>
        <source>The metadata file can&apos;t be read.</source>
        <translation>メタデータ ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>Its text isn&apos;t UTF-8, and it names no other encoding: it was probably converted or damaged after the download.</source>
        <translation>テキストが UTF-8 ではなく、ほかのエンコードも指定されていません。ダウンロード後に変換されたか、破損した可能性があります。</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which metadata never does; the wizard doesn&apos;t read such files.</source>
        <translation>ドキュメント型 (DTD) が宣言されていますが、メタデータで宣言されることはありません。ウィザードはこのようなファイルを読み取りません。</translation>
    </message>
    <message>
        <source>An element in it has far more attributes than metadata ever has.</source>
        <translation>メタデータではありえないほど多くの属性を持つ要素が含まれています。</translation>
    </message>
    <message>
        <source>Its elements nest far deeper than metadata ever does.</source>
        <translation>要素の入れ子がメタデータではありえないほど深くなっています。</translation>
    </message>
    <message>
        <source>It has far more elements than metadata ever has.</source>
        <translation>メタデータではありえないほど多くの要素が含まれています。</translation>
    </message>
</context>
<context>
    <name>GalleryApplication</name>
    <message>
        <source>Waiting for Microsoft Entra to finish creating the application… seen %1 of %2 times</source>
        <translation>Microsoft Entra がアプリケーションの作成を完了するのを待っています… %2 回中 %1 回確認</translation>
    </message>
    <message>
        <source>Microsoft Entra did not finish creating the application in time.</source>
        <translation>Microsoft Entra が時間内にアプリケーションの作成を完了しませんでした。</translation>
    </message>
    <message>
        <source>The new application was not readable consistently (replication).</source>
        <translation>新しいアプリケーションを一貫して読み取れませんでした (レプリケーション)。</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; it continues with the same application instead of creating another.</source>
        <translation>数分待ってから、この手順をもう一度実行してください。別のアプリケーションを作成せず、同じアプリケーションで続行します。</translation>
    </message>
    <message>
        <source>Looking for an Insightly SAML application made earlier…</source>
        <translation>以前に作成された Insightly SAML アプリケーションを探しています…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist; choose the one to use.</source>
        <translation>Insightly SAML アプリケーションが複数あります。使用するものを選択してください。</translation>
    </message>
    <message>
        <source>Adding Insightly SAML from the gallery…</source>
        <translation>ギャラリーから Insightly SAML を追加しています…</translation>
    </message>
    <message>
        <source>Insightly SAML was added; waiting for Microsoft Entra to finish creating it…</source>
        <translation>Insightly SAML を追加しました。Microsoft Entra が作成を完了するのを待っています…</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer; checking whether the application was added…</source>
        <translation>Microsoft Entra から応答がありません。アプリケーションが追加されたかどうかを確認しています…</translation>
    </message>
    <message>
        <source>Insightly SAML could not be added.</source>
        <translation>Insightly SAML を追加できませんでした。</translation>
    </message>
    <message>
        <source>Microsoft Entra did not answer the request to add the application.</source>
        <translation>Microsoft Entra がアプリケーションの追加要求に応答しませんでした。</translation>
    </message>
    <message>
        <source>Check the network connection and run this step again; the wizard first looks for an application that may have been added.</source>
        <translation>ネットワーク接続を確認し、この手順をもう一度実行してください。ウィザードはまず、追加された可能性のあるアプリケーションを探します。</translation>
    </message>
    <message>
        <source>The application object of Insightly SAML was not found.</source>
        <translation>Insightly SAML のアプリケーション オブジェクトが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Microsoft Entra lists the enterprise application but not its application registration.</source>
        <translation>Microsoft Entra にエンタープライズ アプリケーションは表示されますが、そのアプリの登録は表示されません。</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again.</source>
        <translation>数分待ってから、この手順をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to list the application…</source>
        <translation>Microsoft Entra にアプリケーションが表示されるのを待っています…</translation>
    </message>
    <message>
        <source>Using the existing Insightly SAML application.</source>
        <translation>既存の Insightly SAML アプリケーションを使用します。</translation>
    </message>
    <message>
        <source>Looking for the Insightly SAML application of the existing setup…</source>
        <translation>既存のセットアップの Insightly SAML アプリケーションを探しています…</translation>
    </message>
    <message>
        <source>No Insightly SAML application was found in this tenant.</source>
        <translation>このテナントに Insightly SAML アプリケーションが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No enterprise application made from the Insightly SAML gallery entry exists, so there is no setup to work on.</source>
        <translation>ギャラリーの Insightly SAML エントリから作成されたエンタープライズ アプリケーションが存在しないため、作業対象のセットアップがありません。</translation>
    </message>
    <message>
        <source>Check that you signed in to the right tenant, or run a new setup first.</source>
        <translation>正しいテナントにサインインしたことを確認するか、先に新しいセットアップを実行してください。</translation>
    </message>
</context>
<context>
    <name>GalleryLookup</name>
    <message>
        <source>Looking for the application from the last run…</source>
        <translation>前回の実行のアプリケーションを探しています…</translation>
    </message>
    <message>
        <source>Looking for Insightly SAML in the Microsoft Entra gallery…</source>
        <translation>Microsoft Entra ギャラリーで Insightly SAML を探しています…</translation>
    </message>
    <message>
        <source>Insightly SAML was not found in the Microsoft Entra application gallery.</source>
        <translation>Microsoft Entra アプリケーション ギャラリーで Insightly SAML が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The gallery returned no application named &quot;Insightly SAML&quot;. The older &quot;Insightly&quot; entry offers only linked sign-on and cannot be used for SAML and provisioning.</source>
        <translation>ギャラリーから「Insightly SAML」という名前のアプリケーションが返されませんでした。古い「Insightly」エントリはリンクされたサインオンのみを提供し、SAML とプロビジョニングには使用できません。</translation>
    </message>
    <message>
        <source>Check in the Entra admin center (Enterprise applications &gt; New application) that &quot;Insightly SAML&quot; is listed, then run this step again.</source>
        <translation>Entra 管理センター ([エンタープライズ アプリケーション] &gt; [新しいアプリケーション]) で「Insightly SAML」が表示されることを確認してから、この手順をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The Microsoft Entra gallery lists Insightly SAML more than once.</source>
        <translation>Microsoft Entra ギャラリーに Insightly SAML が複数表示されています。</translation>
    </message>
    <message numerus="yes">
        <source>%n gallery applications are named &quot;Insightly SAML&quot;; the wizard cannot tell which one is right.</source>
        <translation>
            <numerusform>%n 個のギャラリー アプリケーションが「Insightly SAML」という名前です。ウィザードはどれが正しいか判断できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Insightly SAML by hand in the Entra admin center, then run the wizard again: it finds the application you added.</source>
        <translation>Entra 管理センターで Insightly SAML を手動で追加してから、ウィザードをもう一度実行してください。追加したアプリケーションが検出されます。</translation>
    </message>
    <message>
        <source>The Insightly SAML gallery application does not offer what the wizard needs.</source>
        <translation>Insightly SAML ギャラリー アプリケーションは、ウィザードに必要な機能を提供していません。</translation>
    </message>
    <message>
        <source>It must support SAML single sign-on and automatic provisioning (SCIM); Entra lists sign-on modes &quot;%1&quot; and provisioning types &quot;%2&quot;.</source>
        <translation>SAML シングル サインオンと自動プロビジョニング (SCIM) をサポートしている必要があります。Entra に表示されているサインオン モードは &quot;%1&quot;、プロビジョニングの種類は &quot;%2&quot; です。</translation>
    </message>
    <message>
        <source>Set up Insightly by hand following Insightly&apos;s article, or contact Microsoft support about the gallery entry.</source>
        <translation>Insightly の記事に従って Insightly を手動で設定するか、ギャラリー エントリについて Microsoft サポートに問い合わせてください。</translation>
    </message>
</context>
<context>
    <name>HealthVerdict</name>
    <message>
        <source>Run the wizard and choose &quot;Check the status of an existing setup&quot;.</source>
        <translation>ウィザードを実行し、「既存のセットアップの状態を確認する」を選択してください。</translation>
    </message>
    <message>
        <source>The SAML signing certificate has expired: nobody can sign in.</source>
        <translation>SAML 署名証明書の有効期限が切れています: だれもサインインできません。</translation>
    </message>
    <message numerus="yes">
        <source>The SAML signing certificate expires in %n day(s).</source>
        <translation>
            <numerusform>SAML 署名証明書の有効期限はあと %n 日で切れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, but Entra signs with %2: sign-ins are rejected.</source>
        <translation>Insightly は証明書 %1 を保持していますが、Entra は %2 で署名しています: サインインは拒否されます。</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>アクティブな証明書を Insightly にアップロードするか、ウィザードをもう一度実行して「既存のセットアップの SAML 署名証明書をロールオーバーする」を選択してください。</translation>
    </message>
    <message>
        <source>Run the wizard once and sign in: the check uses the saved session.</source>
        <translation>ウィザードを一度実行してサインインしてください: チェックでは保存されたセッションを使用します。</translation>
    </message>
    <message numerus="yes">
        <source>The SCIM token was saved %n day(s) ago.</source>
        <translation>
            <numerusform>SCIM トークンは %n 日前に保存されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SCIM token&quot;.</source>
        <translation>ウィザードをもう一度実行し、「既存のセットアップの SCIM トークンをロールオーバーする」を選択してください。</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>判断できません</translation>
    </message>
    <message>
        <source>Insightly SSO: %1</source>
        <translation>Insightly SSO: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Insightly SSO setup check — %1</source>
        <translation>Insightly SSO セットアップのチェック — %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント: %1</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>テナント: %1 (%2)</translation>
    </message>
    <message>
        <source>Insightly: %1</source>
        <translation>Insightly: %1</translation>
    </message>
    <message>
        <source>Status: %1 (exit status %2)</source>
        <translation>状態: %1 (終了状態 %2)</translation>
    </message>
    <message>
        <source>Run the wizard on this computer to set up single sign-on (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>シングル サインオンを設定するには、このコンピューターでウィザードを実行してください (または、ここで行ったセットアップのテナント ID を --tenant で指定してください)。</translation>
    </message>
    <message>
        <source>Run the wizard, sign in and choose &quot;Check the status of an existing setup&quot;: the check then uses that saved session.</source>
        <translation>ウィザードを実行してサインインし、「既存のセットアップの状態を確認する」を選択してください: その後、チェックではその保存されたセッションを使用します。</translation>
    </message>
</context>
<context>
    <name>InsightlyJournal</name>
    <message>
        <source>Asked to upload the new SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>新しい SAML 署名証明書を Insightly の SAML 設定にアップロードするよう依頼しました。</translation>
    </message>
    <message>
        <source>Asked to upload the SAML signing certificate in Insightly&apos;s SAML settings.</source>
        <translation>SAML 署名証明書を Insightly の SAML 設定にアップロードするよう依頼しました。</translation>
    </message>
    <message>
        <source>Asked to enter Entra&apos;s Login URL and Identifier in Insightly&apos;s SAML settings.</source>
        <translation>Entra のログイン URL と識別子を Insightly の SAML 設定に入力するよう依頼しました。</translation>
    </message>
    <message>
        <source>Insightly accepted a SAML sign-in from Entra.</source>
        <translation>Insightly は Entra からの SAML サインインを受け入れました。</translation>
    </message>
    <message>
        <source>Insightly did not accept the SAML sign-in from Entra.</source>
        <translation>Insightly は Entra からの SAML サインインを受け入れませんでした。</translation>
    </message>
    <message>
        <source>Asked to tick Enforce SAML Login in Insightly&apos;s SAML settings, now that a sign-in worked.</source>
        <translation>サインインが成功したので、Insightly の SAML 設定で Enforce SAML Login をオンにするよう依頼しました。</translation>
    </message>
    <message>
        <source>The administrator confirmed that Enforce SAML Login is ticked.</source>
        <translation>管理者が Enforce SAML Login がオンであることを確認しました。</translation>
    </message>
    <message>
        <source>Insightly&apos;s certificate now matches the one Entra signs with.</source>
        <translation>Insightly の証明書が、Entra が署名に使う証明書と一致しました。</translation>
    </message>
    <message>
        <source>Insightly shows another certificate than the one Entra signs with.</source>
        <translation>Insightly には、Entra が署名に使う証明書とは別の証明書が表示されています。</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint answered the wizard&apos;s checks with the token.</source>
        <translation>Insightly の SCIM エンドポイントはトークンを使ったウィザードのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint did not pass the wizard&apos;s checks: %1</source>
        <translation>Insightly の SCIM エンドポイントはウィザードのチェックに合格しませんでした: %1</translation>
    </message>
    <message>
        <source>Asked to enable SCIM provisioning in Insightly and copy its endpoint and token into the wizard.</source>
        <translation>Insightly で SCIM プロビジョニングを有効にし、エンドポイントとトークンをウィザードにコピーするよう依頼しました。</translation>
    </message>
    <message>
        <source>Asked to regenerate the SCIM token in Insightly and copy the new one into the wizard.</source>
        <translation>Insightly で SCIM トークンを再生成し、新しいトークンをウィザードにコピーするよう依頼しました。</translation>
    </message>
</context>
<context>
    <name>InsightlyUrls</name>
    <message>
        <source>The Sign-in page URL is empty.</source>
        <translation>「Sign-in page URL」が空です。</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL to configure single sign-on.</source>
        <translation>シングル サインオンを構成するには、Insightly の「Sign-in page URL」が必要です。</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the URL.</source>
        <translation>URL の前後にある空白、改行、引用符を削除しました。</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>これらはメールや文書からコピーすると一緒に付いてきます。URL にこれらが含まれることはありません。</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>対処は不要です。下の URL が Insightly に表示されるものと同じであることを確認してください。</translation>
    </message>
    <message>
        <source>Added https:// in front of the address.</source>
        <translation>アドレスの前に https:// を追加しました。</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>貼り付けたテキストがホスト名で始まっていました。</translation>
    </message>
    <message>
        <source>That is not a web address.</source>
        <translation>これは Web アドレスではありません。</translation>
    </message>
    <message>
        <source>A Sign-in page URL starts with https:// followed by crm.&lt;pod&gt;.insightly.com.</source>
        <translation>「Sign-in page URL」は https:// で始まり、その後に crm.&lt;pod&gt;.insightly.com が続きます。</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s SCIM endpoint, not the Sign-in page URL.</source>
        <translation>これは Insightly の SCIM エンドポイントであり、「Sign-in page URL」ではありません。</translation>
    </message>
    <message>
        <source>The SCIM endpoint is for provisioning (Tenant URL), a later step.</source>
        <translation>SCIM エンドポイントはプロビジョニング用 (テナント URL) で、後の手順で使用します。</translation>
    </message>
    <message>
        <source>That is the SAML settings page; copy the Sign-in page URL shown on it.</source>
        <translation>これは SAML の設定ページです。そこに表示される「Sign-in page URL」をコピーしてください。</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>設定ページ自体のアドレスは、Entra が必要とする値ではありません。</translation>
    </message>
    <message>
        <source>That is an Insightly page (%1), but not the Sign-in page URL.</source>
        <translation>これは Insightly のページ (%1) ですが、「Sign-in page URL」ではありません。</translation>
    </message>
    <message>
        <source>The Sign-in page URL ends in /user/saml?instanceId=…</source>
        <translation>「Sign-in page URL」の末尾は /user/saml?instanceId=… です。</translation>
    </message>
    <message>
        <source>The Sign-in page URL must start with https://, not http://.</source>
        <translation>「Sign-in page URL」は http:// ではなく https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Entra posts the sign-in to this address; it has to be encrypted.</source>
        <translation>Entra はサインインをこのアドレスに送信するため、暗号化されている必要があります。</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Insightly に表示されるとおりに %1 を使用してください。</translation>
    </message>
    <message>
        <source>The Sign-in page URL is missing its instanceId.</source>
        <translation>「Sign-in page URL」に instanceId がありません。</translation>
    </message>
    <message>
        <source>Insightly tells its instances apart by the ?instanceId=… part at the end; the copied text stops before it.</source>
        <translation>Insightly は末尾の ?instanceId=… の部分でインスタンスを区別します。コピーしたテキストはその手前で途切れています。</translation>
    </message>
    <message>
        <source>The Insightly pod &quot;%1&quot; is not one the wizard knows (na1, eu1, au1).</source>
        <translation>Insightly のポッド「%1」は、ウィザードが認識しているポッド (na1、eu1、au1) ではありません。</translation>
    </message>
    <message>
        <source>Insightly may run more pods than it documents.</source>
        <translation>Insightly は、文書化されている以上のポッドを運用している場合があります。</translation>
    </message>
    <message>
        <source>Check that the address is exactly the one Insightly shows; if it is, go on.</source>
        <translation>アドレスが Insightly に表示されるものと完全に同じであることを確認してください。同じであれば、そのまま進んでください。</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the Sign-in page URL shown there (it looks like https://crm.na1.insightly.com/user/saml?instanceId=…).</source>
        <translation>Insightly で「System Settings」、「Security」、「SAML and SCIM」を開き、そこに表示される「Sign-in page URL」をコピーしてください (https://crm.na1.insightly.com/user/saml?instanceId=… のような形式です)。</translation>
    </message>
    <message>
        <source>The wizard needs Insightly&apos;s Sign-in page URL, which Entra uses as Identifier (Entity ID) and Reply URL.</source>
        <translation>ウィザードには Insightly の「Sign-in page URL」が必要です。Entra はこれを識別子 (エンティティ ID) と応答 URL として使用します。</translation>
    </message>
    <message>
        <source>That is a Microsoft Entra sign-in address (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>これは Microsoft Entra のサインイン アドレス (%1) であり、Insightly の「Sign-in page URL」ではありません。</translation>
    </message>
    <message>
        <source>Entra&apos;s Login URL goes into Insightly; here the wizard needs the opposite direction: Insightly&apos;s own address.</source>
        <translation>Entra のログイン URL は Insightly に入力するものです。ここでは逆方向の、Insightly 自身のアドレスが必要です。</translation>
    </message>
    <message>
        <source>That is the My Apps portal (%1), where users start Insightly after setup, not Insightly&apos;s Sign-in page URL.</source>
        <translation>これはマイ アプリ ポータル (%1) です。セットアップ後にユーザーが Insightly を起動する場所であり、Insightly の「Sign-in page URL」ではありません。</translation>
    </message>
    <message>
        <source>That is a page of the Microsoft admin portal (%1), not Insightly&apos;s Sign-in page URL.</source>
        <translation>これは Microsoft 管理ポータルのページ (%1) であり、Insightly の「Sign-in page URL」ではありません。</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s REST API address (%1), not the Sign-in page URL.</source>
        <translation>これは Insightly の REST API のアドレス (%1) であり、「Sign-in page URL」ではありません。</translation>
    </message>
    <message>
        <source>The Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, not on api.&lt;pod&gt;.</source>
        <translation>「Sign-in page URL」は api.&lt;pod&gt; ではなく crm.&lt;pod&gt;.insightly.com 上にあります。</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s public website or help centre (%1), not your Insightly instance&apos;s Sign-in page URL.</source>
        <translation>これは Insightly の公開 Web サイトまたはヘルプ センター (%1) であり、お使いの Insightly インスタンスの「Sign-in page URL」ではありません。</translation>
    </message>
    <message>
        <source>The address %1 is not an Insightly CRM address.</source>
        <translation>アドレス %1 は Insightly CRM のアドレスではありません。</translation>
    </message>
    <message>
        <source>Insightly&apos;s Sign-in page URL is on crm.&lt;pod&gt;.insightly.com, for example crm.na1.insightly.com.</source>
        <translation>Insightly の「Sign-in page URL」は crm.&lt;pod&gt;.insightly.com 上にあります (例: crm.na1.insightly.com)。</translation>
    </message>
</context>
<context>
    <name>KeychainErrors</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
    <message>
        <source>the system keyring (Secret Service)</source>
        <translation>システム キーリング (Secret Service)</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be read from %1.</source>
        <translation>保存された資格情報を %1 から読み取れませんでした。</translation>
    </message>
    <message>
        <source>A credential couldn&apos;t be saved in %1.</source>
        <translation>資格情報を %1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>A saved credential couldn&apos;t be removed from %1.</source>
        <translation>保存された資格情報を %1 から削除できませんでした。</translation>
    </message>
    <message>
        <source>Credential Manager (Control Panel)</source>
        <translation>資格情報マネージャー (コントロール パネル)</translation>
    </message>
    <message>
        <source>Keychain Access</source>
        <translation>キーチェーンアクセス</translation>
    </message>
    <message>
        <source>Passwords and Keys (Seahorse) or KWallet Manager</source>
        <translation>パスワードと鍵 (Seahorse) または KWallet Manager</translation>
    </message>
    <message>
        <source>No secure password store (Secret Service) is running on this desktop.</source>
        <translation>このデスクトップでは、安全なパスワード ストア (Secret Service) が実行されていません。</translation>
    </message>
    <message>
        <source>Install and start one — GNOME Keyring (gnome-keyring), KWallet, or KeePassXC with Secret Service enabled — and unlock it; then log out and back in and retry. Without it the wizard can&apos;t remember your sign-in or the SCIM token, and it never stores them unprotected.</source>
        <translation>GNOME Keyring (gnome-keyring)、KWallet、または Secret Service を有効にした KeePassXC のいずれかをインストールして起動し、ロックを解除してください。その後、ログアウトして再度ログインし、もう一度お試しください。これがないと、ウィザードはサインインや SCIM トークンを記憶できません。また、保護されていない状態で保存することは決してありません。</translation>
    </message>
    <message>
        <source>This session has no desktop message bus (D-Bus), so the password store can&apos;t be reached.</source>
        <translation>このセッションにはデスクトップ メッセージ バス (D-Bus) がないため、パスワード ストアにアクセスできません。</translation>
    </message>
    <message>
        <source>Run the wizard inside a normal desktop session (or start one with dbus-run-session), with GNOME Keyring or KWallet unlocked, and retry.</source>
        <translation>通常のデスクトップ セッション内で (または dbus-run-session でセッションを開始して)、GNOME Keyring または KWallet のロックを解除した状態でウィザードを実行し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The macOS keychain is locked and can&apos;t ask for your password in this session.</source>
        <translation>macOS キーチェーンがロックされており、このセッションではパスワードを要求できません。</translation>
    </message>
    <message>
        <source>Unlock it (log in at the console, or run `security unlock-keychain ~/Library/Keychains/login.keychain-db`) and retry.</source>
        <translation>ロックを解除してから (コンソールでログインするか、`security unlock-keychain ~/Library/Keychains/login.keychain-db` を実行します)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The keychain password was rejected.</source>
        <translation>キーチェーンのパスワードが拒否されました。</translation>
    </message>
    <message>
        <source>If your Mac password was reset, update or reset the login keychain password in Keychain Access, then retry.</source>
        <translation>Mac のパスワードをリセットした場合は、キーチェーンアクセスでログイン キーチェーンのパスワードを更新またはリセットしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>macOS reports no usable keychain.</source>
        <translation>macOS が使用可能なキーチェーンがないと報告しています。</translation>
    </message>
    <message>
        <source>Restart the computer; if it persists, repair or reset the keychain in Keychain Access.</source>
        <translation>コンピューターを再起動してください。問題が続く場合は、キーチェーンアクセスでキーチェーンを修復またはリセットしてください。</translation>
    </message>
    <message>
        <source>Windows denied access to Credential Manager.</source>
        <translation>Windows が資格情報マネージャーへのアクセスを拒否しました。</translation>
    </message>
    <message>
        <source>Run the wizard as the signed-in user in a normal desktop session (not as a service or through remote tools) and retry.</source>
        <translation>通常のデスクトップ セッションで、サインインしているユーザーとしてウィザードを実行し (サービスとしてやリモート ツール経由ではなく)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Your system keyring is locked, and the prompt to unlock it was dismissed or couldn&apos;t be shown.</source>
        <translation>システム キーリングがロックされており、ロック解除のプロンプトが閉じられたか、表示できませんでした。</translation>
    </message>
    <message>
        <source>Unlock the &apos;Login&apos; keyring (Passwords and Keys, or KWallet) and retry. Setting the keyring password equal to your login password lets it unlock automatically.</source>
        <translation>「ログイン」キーリング (パスワードと鍵、または KWallet) のロックを解除して、もう一度お試しください。キーリングのパスワードをログイン パスワードと同じにすると、自動的にロックが解除されます。</translation>
    </message>
    <message>
        <source>The credential is larger than Windows Credential Manager accepts.</source>
        <translation>資格情報が、Windows 資格情報マネージャーで受け付けられるサイズを超えています。</translation>
    </message>
    <message>
        <source>Sign in again; the wizard stores it in smaller pieces. If it keeps failing, send the diagnostics to support.</source>
        <translation>もう一度サインインしてください。ウィザードは資格情報を小さく分割して保存します。失敗が続く場合は、診断情報をサポートに送信してください。</translation>
    </message>
    <message>
        <source>The saved credential can&apos;t be read on this Windows account any more.</source>
        <translation>保存された資格情報は、この Windows アカウントでは読み取れなくなりました。</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will replace it.</source>
        <translation>もう一度サインインしてください。ウィザードが資格情報を置き換えます。</translation>
    </message>
    <message>
        <source>Windows Credential Manager refused to save it (%1).</source>
        <translation>Windows 資格情報マネージャーが保存を拒否しました (%1)。</translation>
    </message>
    <message>
        <source>Run the wizard in a normal desktop session (not as a service or through remote tools); clearing old entries in Credential Manager may help.</source>
        <translation>通常のデスクトップ セッションでウィザードを実行してください (サービスとしてやリモート ツール経由ではなく)。資格情報マネージャーの古いエントリを削除すると解決する場合があります。</translation>
    </message>
    <message>
        <source>An entry with the same name already exists in the keychain.</source>
        <translation>同じ名前のエントリがキーチェーンに既に存在します。</translation>
    </message>
    <message>
        <source>Delete the existing &apos;Insightly SSO Setup&apos; entries in Keychain Access and retry.</source>
        <translation>キーチェーンアクセスで既存の &apos;Insightly SSO Setup&apos; エントリを削除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The password store reported an unknown error.</source>
        <translation>パスワード ストアが不明なエラーを報告しました。</translation>
    </message>
    <message>
        <source>The password store reported: %1</source>
        <translation>パスワード ストアの報告: %1</translation>
    </message>
    <message>
        <source>Retry. If it keeps failing you can continue, but you&apos;ll need to sign in again next time; send the diagnostics to support.</source>
        <translation>もう一度お試しください。失敗が続く場合でも続行できますが、次回もう一度サインインする必要があります。診断情報をサポートに送信してください。</translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation>この名前では何も保存されていません。</translation>
    </message>
    <message>
        <source>Sign in again; the wizard will save it anew.</source>
        <translation>もう一度サインインしてください。ウィザードが新たに保存します。</translation>
    </message>
    <message>
        <source>The password store refused to delete the entry.</source>
        <translation>パスワード ストアがエントリの削除を拒否しました。</translation>
    </message>
    <message>
        <source>Remove the &apos;Insightly SSO Setup&apos; entries manually in %1.</source>
        <translation>%1 で &apos;Insightly SSO Setup&apos; エントリを手動で削除してください。</translation>
    </message>
    <message>
        <source>Access to %1 was declined.</source>
        <translation>%1 へのアクセスが拒否されました。</translation>
    </message>
    <message>
        <source>Retry and choose Always Allow when macOS asks, or sign in each time.</source>
        <translation>もう一度お試しいただき、macOS から確認されたら [常に許可] を選択してください。または、毎回サインインしてください。</translation>
    </message>
    <message>
        <source>Retry and allow access when asked, or sign in each time.</source>
        <translation>もう一度お試しいただき、確認されたらアクセスを許可してください。または、毎回サインインしてください。</translation>
    </message>
    <message>
        <source>%1 isn&apos;t available.</source>
        <translation>%1 は使用できません。</translation>
    </message>
    <message>
        <source>Restart the computer and retry.</source>
        <translation>コンピューターを再起動して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Secure storage isn&apos;t supported on this system.</source>
        <translation>このシステムでは安全なストレージがサポートされていません。</translation>
    </message>
    <message>
        <source>You can continue, but you&apos;ll need to sign in each time.</source>
        <translation>続行できますが、毎回サインインする必要があります。</translation>
    </message>
    <message>
        <source>%1 didn&apos;t answer within %2 seconds. It may be locked and waiting for a password prompt that isn&apos;t visible.</source>
        <translation>%1 が %2 秒以内に応答しませんでした。ロックされていて、表示されていないパスワード プロンプトを待っている可能性があります。</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet), answer any prompt it shows, and retry.</source>
        <translation>キーリング (パスワードと鍵、または KWallet) のロックを解除し、表示されるプロンプトに応答して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Answer any keychain prompt that is waiting (it may be behind other windows), unlock the keychain, and retry.</source>
        <translation>待機中のキーチェーンのプロンプト (他のウィンドウの背後にある場合があります) に応答し、キーチェーンのロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A saved credential is damaged.</source>
        <translation>保存された資格情報が破損しています。</translation>
    </message>
    <message>
        <source>Its stored pieces don&apos;t fit together; saving it was probably interrupted.</source>
        <translation>保存されている断片が一致しません。保存が中断された可能性があります。</translation>
    </message>
    <message>
        <source>%1 is locked, so the credential saved there can&apos;t be seen. It hasn&apos;t been lost.</source>
        <translation>%1 がロックされているため、そこに保存された資格情報を参照できません。資格情報は失われていません。</translation>
    </message>
    <message>
        <source>Unlock your keyring (Passwords and Keys, or KWallet, or sign in to the desktop again), then retry.</source>
        <translation>キーリングのロックを解除してから (「パスワードと鍵」または KWallet を使用するか、デスクトップにもう一度サインインします)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Unlock the keychain, then retry.</source>
        <translation>キーチェーンのロックを解除してから、もう一度お試しください。</translation>
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
        <translation>このタブを閉じて、Insightly SSO Setup に戻ってかまいません。</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>add and configure the Insightly SAML application (steps 1–2)</source>
        <translation>Insightly SAML アプリケーションを追加して構成する (手順 1～2)</translation>
    </message>
    <message>
        <source>assign users and groups (step 4)</source>
        <translation>ユーザーとグループを割り当てる (手順 4)</translation>
    </message>
    <message>
        <source>connect and start SCIM provisioning (step 3)</source>
        <translation>SCIM プロビジョニングを接続して開始する (手順 3)</translation>
    </message>
    <message>
        <source>find users to assign (step 4)</source>
        <translation>割り当てるユーザーを検索する (手順 4)</translation>
    </message>
    <message>
        <source>find groups to assign (step 4)</source>
        <translation>割り当てるグループを検索する (手順 4)</translation>
    </message>
    <message>
        <source>Your Entra role may manage enterprise applications</source>
        <translation>Entra のロールでエンタープライズ アプリケーションを管理できる</translation>
    </message>
    <message>
        <source>Your roles could not be read.</source>
        <translation>ロールを読み取れませんでした。</translation>
    </message>
    <message>
        <source>No directory role</source>
        <translation>ディレクトリ ロールなし</translation>
    </message>
    <message>
        <source>%1 does not hold a role that may set up enterprise applications.</source>
        <translation>%1 は、エンタープライズ アプリケーションを設定できるロールを持っていません。</translation>
    </message>
    <message>
        <source>Adding the application, configuring SAML and provisioning need Cloud Application Administrator or Application Administrator (or Global Administrator).</source>
        <translation>アプリケーションの追加、SAML とプロビジョニングの構成には、クラウド アプリケーション管理者またはアプリケーション管理者 (またはグローバル管理者) が必要です。</translation>
    </message>
    <message>
        <source>Ask a Privileged Role Administrator to give your account the Cloud Application Administrator role (Entra admin center › Roles and administrators), or sign in with an account that has it.</source>
        <translation>特権ロール管理者に、サインインしたアカウントへのクラウド アプリケーション管理者ロールの付与を依頼するか (Entra 管理センター › ロールと管理者)、そのロールを持つアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>Permission %1 — to %2</source>
        <translation>アクセス許可 %1 — 用途: %2</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>付与済み</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>未付与</translation>
    </message>
    <message>
        <source>The permission %1 was not granted to this sign-in.</source>
        <translation>アクセス許可 %1 はこのサインインに付与されていません。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s consent settings may require an administrator to approve it.</source>
        <translation>組織の同意設定により、管理者の承認が必要な場合があります。</translation>
    </message>
    <message>
        <source>Ask an administrator to grant consent for the whole organisation at %1, then sign in again.</source>
        <translation>%1 で組織全体に対する同意を付与するよう管理者に依頼してから、もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>PrincipalSearchModel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
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
        <translation>Insightly で無効化されるユーザーが安全上の上限を超えるため、プロビジョニングが停止しました。</translation>
    </message>
    <message>
        <source>More users left the app&apos;s assignments in one cycle than the delete threshold.</source>
        <translation>1 回のサイクルでアプリの割り当てから外れたユーザーが削除のしきい値を超えました。</translation>
    </message>
    <message>
        <source>Check the assignments. If the removals are intended, allow them and restart provisioning; if not, fix the assignments and restart.</source>
        <translation>割り当てを確認してください。削除が意図したものであれば許可してプロビジョニングを再開し、そうでなければ割り当てを修正して再開してください。</translation>
    </message>
    <message>
        <source>Provisioning is paused because too many users failed.</source>
        <translation>失敗したユーザーが多すぎるため、プロビジョニングが一時停止しています。</translation>
    </message>
    <message>
        <source>Microsoft stops a job when a large share of its operations fail.</source>
        <translation>Microsoft は、操作の大部分が失敗したジョブを停止します。</translation>
    </message>
    <message>
        <source>Open the provisioning logs, fix the most common error, then restart provisioning.</source>
        <translation>プロビジョニング ログを開き、最も多いエラーを修正してから、プロビジョニングを再開してください。</translation>
    </message>
    <message>
        <source>Microsoft paused this provisioning job.</source>
        <translation>Microsoft がこのプロビジョニング ジョブを一時停止しました。</translation>
    </message>
    <message>
        <source>Microsoft detected a problem and quarantined the job.</source>
        <translation>Microsoft が問題を検出し、ジョブを検疫しました。</translation>
    </message>
    <message>
        <source>Open a support request with Microsoft, quoting the job ID.</source>
        <translation>ジョブ ID を記載して Microsoft にサポート リクエストを送信してください。</translation>
    </message>
    <message>
        <source>Provisioning to Insightly is paused (quarantine): Microsoft can&apos;t sign in to Insightly&apos;s SCIM endpoint.</source>
        <translation>Insightly へのプロビジョニングが一時停止 (検疫) しています: Microsoft が Insightly の SCIM エンドポイントにサインインできません。</translation>
    </message>
    <message>
        <source>The Secret Token was regenerated or has expired, or the SCIM URL changed.</source>
        <translation>シークレット トークンが再生成されたか期限切れになったか、SCIM URL が変更されました。</translation>
    </message>
    <message>
        <source>In Insightly, copy the current SCIM token (and endpoint), paste the new token here, test the connection, and save: the wizard then restarts provisioning.</source>
        <translation>Insightly で現在の SCIM トークン (とエンドポイント) をコピーし、新しいトークンをここに貼り付け、接続をテストして保存してください。その後、ウィザードがプロビジョニングを再開します。</translation>
    </message>
    <message>
        <source>Provisioning is paused for a reason Microsoft doesn&apos;t explain (%1).</source>
        <translation>Microsoft が理由を説明していない原因でプロビジョニングが一時停止しています (%1)。</translation>
    </message>
    <message>
        <source>Check the provisioning logs; if nothing stands out, restart provisioning or contact Microsoft support.</source>
        <translation>プロビジョニング ログを確認してください。特に問題が見当たらない場合は、プロビジョニングを再開するか Microsoft サポートに連絡してください。</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Finished with errors for some users or groups</source>
        <translation>一部のユーザーまたはグループでエラーが発生して終了</translation>
    </message>
</context>
<context>
    <name>ReadableViews</name>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>the clear button of a text field</comment>
        <translation>%1 をクリア</translation>
    </message>
</context>
<context>
    <name>RemovalPlan</name>
    <message>
        <source>The Insightly SAML enterprise application this wizard added (object id %1), with its signing certificates, user and group assignments and provisioning job.</source>
        <translation>このウィザードが追加した Insightly SAML エンタープライズ アプリケーション (オブジェクト ID %1) と、その署名証明書、ユーザーとグループの割り当て、およびプロビジョニング ジョブ。</translation>
    </message>
    <message>
        <source>The Insightly SAML application (object id %1): it existed before this wizard used it, so the wizard does not delete it. Remove it in the Entra admin center under Enterprise applications if it is no longer needed.</source>
        <translation>Insightly SAML アプリケーション (オブジェクト ID %1): このウィザードが使用する前から存在していたため、ウィザードは削除しません。不要になった場合は、Entra 管理センターの [エンタープライズ アプリケーション] で削除してください。</translation>
    </message>
    <message>
        <source>The SCIM token and the Insightly API key this wizard kept in the system keychain.</source>
        <translation>このウィザードがシステム キーチェーンに保存した SCIM トークンと Insightly API キー。</translation>
    </message>
    <message>
        <source>The wizard&apos;s saved progress for this setup (your sign-in to Entra is kept).</source>
        <translation>このセットアップについてウィザードが保存した進行状況 (Entra へのサインインは保持されます)。</translation>
    </message>
    <message>
        <source>Microsoft Entra keeps a deleted application for 30 days: it can be restored under App registrations › Deleted applications.</source>
        <translation>Microsoft Entra は削除されたアプリケーションを 30 日間保持します: [アプリの登録] › [削除されたアプリケーション] で復元できます。</translation>
    </message>
    <message>
        <source>First, in Insightly under System Settings › Security › SAML and SCIM, untick Enforce SAML Login — once the application is gone, nobody can sign in to Insightly through Microsoft Entra.</source>
        <translation>まず、Insightly の「System Settings › Security › SAML and SCIM」で「Enforce SAML Login」をオフにしてください — アプリケーションが削除されると、だれも Microsoft Entra 経由で Insightly にサインインできなくなります。</translation>
    </message>
    <message>
        <source>Then remove the identity provider settings (the certificate) there, and turn SCIM provisioning off or regenerate its token so that the old one stops working.</source>
        <translation>次に、そこで ID プロバイダーの設定 (証明書) を削除し、SCIM プロビジョニングをオフにするか、トークンを再生成して古いトークンが機能しないようにしてください。</translation>
    </message>
</context>
<context>
    <name>SamlConfiguration</name>
    <message>
        <source>The Insightly sign-in page URL is missing or not a valid URL.</source>
        <translation>Insightly の「Sign-in page URL」が入力されていないか、有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Entra needs it as the application&apos;s Identifier and Reply URL.</source>
        <translation>Entra では、これをアプリケーションの識別子と応答 URL として使用します。</translation>
    </message>
    <message>
        <source>Go back to the Insightly step and enter the Sign-in page URL that Insightly shows under System Settings &gt; SAML.</source>
        <translation>Insightly の手順に戻り、Insightly の「System Settings」&gt;「SAML」に表示される「Sign-in page URL」を入力してください。</translation>
    </message>
    <message>
        <source>Checking the single sign-on mode…</source>
        <translation>シングル サインオン モードを確認しています…</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>SAML シングル サインオンを有効にしています…</translation>
    </message>
    <message>
        <source>Setting the Identifier and Reply URL to %1…</source>
        <translation>識別子と応答 URL を %1 に設定しています…</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Entra is still applying the SAML setting; trying again in %n s…</source>
        <translation>
            <numerusform>Microsoft Entra はまだ SAML 設定を適用中です。%n 秒後に再試行します…</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirming the SAML settings… seen %1 of %2 times</source>
        <translation>SAML 設定を確認しています… %2 回中 %1 回確認</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the SAML settings in time.</source>
        <translation>Microsoft Entra が時間内に SAML 設定を確認しませんでした。</translation>
    </message>
    <message>
        <source>The changed settings were not read back consistently (replication).</source>
        <translation>変更した設定を一貫して読み取れませんでした (レプリケーション)。</translation>
    </message>
    <message>
        <source>Wait a few minutes and run this step again; settings that are already right are not changed again.</source>
        <translation>数分待ってから、この手順をもう一度実行してください。既に正しい設定は再度変更されません。</translation>
    </message>
    <message>
        <source>SAML single sign-on is set up with Identifier and Reply URL %1.</source>
        <translation>SAML シングル サインオンが識別子と応答 URL %1 で設定されました。</translation>
    </message>
</context>
<context>
    <name>SamlHandoffFiles</name>
    <message>
        <source>%1 could not be saved.</source>
        <translation>%1 を保存できませんでした。</translation>
    </message>
    <message>
        <source>Choose another folder and try again.</source>
        <translation>別のフォルダーを選択して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The Federation Metadata XML could not be downloaded.</source>
        <translation>フェデレーション メタデータ XML をダウンロードできませんでした。</translation>
    </message>
    <message>
        <source>Microsoft Entra answered HTTP %1; a new application or certificate can take a few minutes to be published.</source>
        <translation>Microsoft Entra は HTTP %1 を返しました。新しいアプリケーションや証明書が公開されるまでに数分かかる場合があります。</translation>
    </message>
    <message>
        <source>Wait a minute and try again, or upload the Certificate (Base64) to Insightly instead.</source>
        <translation>1 分待ってからもう一度お試しいただくか、代わりに証明書 (Base64) を Insightly にアップロードしてください。</translation>
    </message>
    <message>
        <source>There is no active signing certificate yet.</source>
        <translation>アクティブな署名証明書がまだありません。</translation>
    </message>
    <message>
        <source>The files carry the certificate Microsoft Entra signs with.</source>
        <translation>ファイルには、Microsoft Entra が署名に使用する証明書が含まれます。</translation>
    </message>
    <message>
        <source>Complete the certificate step first.</source>
        <translation>先に証明書の手順を完了してください。</translation>
    </message>
    <message>
        <source>The Federation Metadata XML cannot be downloaded.</source>
        <translation>フェデレーション メタデータ XML をダウンロードできません。</translation>
    </message>
    <message>
        <source>The wizard has no network connection object.</source>
        <translation>ウィザードにネットワーク接続オブジェクトがありません。</translation>
    </message>
    <message>
        <source>Restart the wizard.</source>
        <translation>ウィザードを再起動してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 が存在しません。</translation>
    </message>
    <message>
        <source>The files are saved into an existing folder.</source>
        <translation>ファイルは既存のフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>Choose another folder.</source>
        <translation>別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message>
        <source>The wizard does not replace files without asking.</source>
        <translation>ウィザードは確認なしにファイルを置き換えません。</translation>
    </message>
    <message>
        <source>Allow replacing it, or choose another folder.</source>
        <translation>置き換えを許可するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Reading the signing certificate from Microsoft Entra…</source>
        <translation>Microsoft Entra から署名証明書を読み取っています…</translation>
    </message>
    <message>
        <source>The signing certificate %1 was not found on the application.</source>
        <translation>署名証明書 %1 がアプリケーションで見つかりませんでした。</translation>
    </message>
    <message>
        <source>It was removed or replaced since it was chosen.</source>
        <translation>選択後に削除されたか置き換えられました。</translation>
    </message>
    <message>
        <source>Go back to the certificate step and run it again.</source>
        <translation>証明書の手順に戻り、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Downloading the Federation Metadata XML…</source>
        <translation>フェデレーション メタデータ XML をダウンロードしています…</translation>
    </message>
    <message>
        <source>Microsoft Entra has not published the active certificate yet.</source>
        <translation>Microsoft Entra はアクティブな証明書をまだ公開していません。</translation>
    </message>
    <message>
        <source>The Federation Metadata XML still carries another signing certificate.</source>
        <translation>フェデレーション メタデータ XML にはまだ別の署名証明書が含まれています。</translation>
    </message>
    <message>
        <source>The files for Insightly are saved in %1.</source>
        <translation>Insightly 用のファイルは %1 に保存されました。</translation>
    </message>
</context>
<context>
    <name>SamlResponseCheck</name>
    <message>
        <source>The captured value is not a SAML response.</source>
        <translation>取得した値は SAML 応答ではありません。</translation>
    </message>
    <message>
        <source>It is not Base64 text, so it cannot be decoded.</source>
        <translation>Base64 テキストではないため、デコードできません。</translation>
    </message>
    <message>
        <source>It is XML, but not a SAML protocol Response.</source>
        <translation>XML ですが、SAML プロトコルの Response ではありません。</translation>
    </message>
    <message>
        <source>The SAML response is damaged.</source>
        <translation>SAML 応答が破損しています。</translation>
    </message>
    <message>
        <source>It decodes, but is not well-formed XML: it was cut off or altered.</source>
        <translation>デコードはできますが、整形式の XML ではありません。途中で切れているか、改変されています。</translation>
    </message>
    <message>
        <source>Destination (Reply URL)</source>
        <translation>Destination (応答 URL)</translation>
    </message>
    <message>
        <source>Readable assertion</source>
        <translation>読み取り可能なアサーション</translation>
    </message>
    <message>
        <source>encrypted assertion</source>
        <translation>暗号化されたアサーション</translation>
    </message>
    <message>
        <source>(not present)</source>
        <translation>(存在しません)</translation>
    </message>
    <message>
        <source>an unencrypted assertion</source>
        <translation>暗号化されていないアサーション</translation>
    </message>
    <message>
        <source>The SAML assertion is encrypted.</source>
        <translation>SAML アサーションが暗号化されています。</translation>
    </message>
    <message>
        <source>Token encryption is turned on for the app in Entra; Insightly expects a signed, unencrypted assertion.</source>
        <translation>Entra でこのアプリのトークン暗号化がオンになっています。Insightly は、署名済みで暗号化されていないアサーションを想定しています。</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Token encryption: deactivate the encryption certificate, then sign in again.</source>
        <translation>Entra の [シングル サインオン]、[トークン暗号化] で暗号化証明書を非アクティブにしてから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The SAML response carries no assertion.</source>
        <translation>SAML 応答にアサーションが含まれていません。</translation>
    </message>
    <message>
        <source>Entra reported success but sent no user information.</source>
        <translation>Entra は成功を報告しましたが、ユーザー情報を送信しませんでした。</translation>
    </message>
    <message>
        <source>Sign in again through My Apps.</source>
        <translation>マイ アプリからもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Recipient (Reply URL)</source>
        <translation>Recipient (応答 URL)</translation>
    </message>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, Basic SAML Configuration, Edit</source>
        <translation>Entra で Insightly SAML アプリケーションを開き、[シングル サインオン]、[基本的な SAML 構成]、[編集] の順に選択します</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <source>Read the status message, fix the cause in Entra, then sign in again.</source>
        <translation>状態メッセージを読み、Entra で原因を修正してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Assign the user (or a group they are in) to the Insightly SAML application in Entra (Users and groups), then sign in again.</source>
        <translation>Entra でユーザー (またはそのユーザーが属するグループ) を Insightly SAML アプリケーションに割り当て ([ユーザーとグループ])、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Entra did not sign the user in.</source>
        <translation>Entra はユーザーをサインインさせませんでした。</translation>
    </message>
    <message>
        <source>The SAML response status is %1.</source>
        <translation>SAML 応答の状態は %1 です。</translation>
    </message>
    <message>
        <source>Issuer (Microsoft Entra Identifier)</source>
        <translation>発行者 (Microsoft Entra 識別子)</translation>
    </message>
    <message>
        <source>The response was issued by %1, but this tenant&apos;s Microsoft Entra Identifier is %2.</source>
        <translation>応答の発行者は %1 ですが、このテナントの Microsoft Entra 識別子は %2 です。</translation>
    </message>
    <message>
        <source>The sign-in happened in another tenant (or another identity provider) than the one the wizard set up.</source>
        <translation>サインインは、ウィザードが設定したテナントとは別のテナント (または別の ID プロバイダー) で行われました。</translation>
    </message>
    <message>
        <source>Sign in to My Apps with an account of the tenant the wizard set up, then try again.</source>
        <translation>ウィザードが設定したテナントのアカウントでマイ アプリにサインインしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Reply URL in Entra is %1, but Insightly&apos;s Sign-in page URL is %2.</source>
        <translation>Entra の応答 URL は %1 ですが、Insightly の「Sign-in page URL」は %2 です。</translation>
    </message>
    <message>
        <source>Entra posts the response to its Reply URL and names it inside; Insightly refuses a response addressed elsewhere.</source>
        <translation>Entra は応答をその応答 URL に送信し、応答内にもその URL を記載します。Insightly は別の宛先に向けた応答を拒否します。</translation>
    </message>
    <message>
        <source>Set Reply URL (Assertion Consumer Service URL) to %1, save, and sign in again.</source>
        <translation>応答 URL (Assertion Consumer Service URL) を %1 に設定して保存し、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Audience (Identifier, Entity ID)</source>
        <translation>対象ユーザー (識別子、エンティティ ID)</translation>
    </message>
    <message>
        <source>Identifier (Entity ID) in Entra is %1, the SAML response was for that audience, but Insightly expects %2.</source>
        <translation>Entra の識別子 (エンティティ ID) は %1 で、SAML 応答はその対象ユーザー向けでしたが、Insightly は %2 を想定しています。</translation>
    </message>
    <message>
        <source>Entra writes its Identifier (Entity ID) into the response&apos;s Audience; Insightly accepts only responses meant for its Sign-in page URL.</source>
        <translation>Entra は識別子 (エンティティ ID) を応答の Audience に書き込みます。Insightly は自身の「Sign-in page URL」向けの応答のみを受け入れます。</translation>
    </message>
    <message>
        <source>Set Identifier (Entity ID) to %1 (and make it the default), save, and sign in again.</source>
        <translation>識別子 (エンティティ ID) を %1 に設定し (既定値にもして)、保存してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>User identifier (NameID)</source>
        <translation>ユーザー識別子 (NameID)</translation>
    </message>
    <message>
        <source>the user&apos;s email address</source>
        <translation>ユーザーのメール アドレス</translation>
    </message>
    <message>
        <source>The response carries no user identifier (NameID).</source>
        <translation>応答にユーザー識別子 (NameID) が含まれていません。</translation>
    </message>
    <message>
        <source>The user identifier (NameID) %1 is not an email address.</source>
        <translation>ユーザー識別子 (NameID) %1 はメール アドレスではありません。</translation>
    </message>
    <message>
        <source>Insightly finds the user by the email address in NameID; it must match the user&apos;s Insightly email.</source>
        <translation>Insightly は NameID のメール アドレスでユーザーを検索します。これはユーザーの Insightly のメール アドレスと一致する必要があります。</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, Attributes &amp; Claims: set Unique User Identifier (Name ID) to user.userprincipalname (or user.mail), save, and sign in again.</source>
        <translation>Entra の [シングル サインオン]、[属性とクレーム] で、[一意のユーザー識別子 (名前 ID)] を user.userprincipalname (または user.mail) に設定して保存し、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from Entra&apos;s by more than five minutes, or the response was captured earlier and is being reused.</source>
        <translation>このコンピューターの時計が Entra の時計と 5 分以上ずれているか、応答が以前に取得されたもので再利用されています。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date, time and time zone, then sign in again.</source>
        <translation>このコンピューターの日付、時刻、タイム ゾーンを確認してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Subject confirmation still valid</source>
        <translation>サブジェクト確認がまだ有効</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>valid at %1 (± 5 minutes)</source>
        <translation>%1 時点で有効 (± 5 分)</translation>
    </message>
    <message>
        <source>The SAML response expired at %1; it is now %2.</source>
        <translation>SAML 応答は %1 に期限切れになりました。現在は %2 です。</translation>
    </message>
    <message>
        <source>The response does not say until when it is valid.</source>
        <translation>応答に有効期限が記載されていません。</translation>
    </message>
    <message>
        <source>SubjectConfirmationData has no NotOnOrAfter.</source>
        <translation>SubjectConfirmationData に NotOnOrAfter がありません。</translation>
    </message>
    <message>
        <source>Assertion validity period</source>
        <translation>アサーションの有効期間</translation>
    </message>
    <message>
        <source>from %1 until %2</source>
        <translation>%1 から %2 まで</translation>
    </message>
    <message>
        <source>The SAML response is valid only from %1; it is now %2.</source>
        <translation>SAML 応答は %1 以降にのみ有効です。現在は %2 です。</translation>
    </message>
    <message>
        <source>Conditions has no NotOnOrAfter.</source>
        <translation>Conditions に NotOnOrAfter がありません。</translation>
    </message>
    <message>
        <source> (Insightly holds %1)</source>
        <translation> (Insightly の保持: %1)</translation>
    </message>
    <message>
        <source>Signing certificate</source>
        <translation>署名証明書</translation>
    </message>
    <message>
        <source>The SAML response is not signed.</source>
        <translation>SAML 応答が署名されていません。</translation>
    </message>
    <message>
        <source>Insightly accepts only responses signed with the certificate it holds.</source>
        <translation>Insightly は、保持している証明書で署名された応答のみを受け入れます。</translation>
    </message>
    <message>
        <source>In Entra, Single sign-on, SAML Certificates: set Signing Option to &quot;Sign SAML assertion&quot; and make sure a certificate is active.</source>
        <translation>Entra の [シングル サインオン]、[SAML 証明書] で、[署名オプション] を「SAML アサーションへの署名」に設定し、証明書がアクティブであることを確認してください。</translation>
    </message>
    <message>
        <source>The certificate in the response&apos;s signature cannot be read.</source>
        <translation>応答の署名に含まれる証明書を読み取れません。</translation>
    </message>
    <message>
        <source>The signature&apos;s KeyInfo holds no valid X.509 certificate.</source>
        <translation>署名の KeyInfo に有効な X.509 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Sign in again; if it persists, the response was altered on the way.</source>
        <translation>もう一度サインインしてください。問題が続く場合は、応答が途中で改ざんされています。</translation>
    </message>
    <message>
        <source>Entra signs with %1, the active certificate is %2.</source>
        <translation>Entra は %1 で署名していますが、アクティブな証明書は %2 です。</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2.</source>
        <translation>Insightly は証明書 %1 を保持していますが、Entra は %2 で署名しています。</translation>
    </message>
    <message>
        <source>Wait a few minutes and sign in again: Entra can take a while to switch certificates. If it persists, open SAML Certificates in Entra and make %1 active.</source>
        <translation>数分待ってから、もう一度サインインしてください。Entra が証明書を切り替えるまでに時間がかかることがあります。問題が続く場合は、Entra で [SAML 証明書] を開き、%1 をアクティブにしてください。</translation>
    </message>
    <message>
        <source>Then upload certificate %1 to Insightly as well.</source>
        <translation>その後、証明書 %1 を Insightly にもアップロードしてください。</translation>
    </message>
    <message>
        <source>Entra signed this response with another certificate than the active one.</source>
        <translation>Entra は、アクティブな証明書とは別の証明書でこの応答に署名しました。</translation>
    </message>
    <message>
        <source>Insightly holds certificate %1, Entra signs with %2: upload the new one.</source>
        <translation>Insightly は証明書 %1 を保持していますが、Entra は %2 で署名しています。新しい証明書をアップロードしてください。</translation>
    </message>
    <message>
        <source>Insightly checks the signature with the certificate it holds, so it will refuse this sign-in.</source>
        <translation>Insightly は保持している証明書で署名を検証するため、このサインインを拒否します。</translation>
    </message>
    <message>
        <source>Upload Certificate (Base64) of %1 in Insightly (System Settings, Security, SAML and SCIM) and save.</source>
        <translation>%1 の証明書 (Base64) を Insightly (「System Settings」、「Security」、「SAML and SCIM」) にアップロードして保存してください。</translation>
    </message>
    <message>
        <source>Entra signs with certificate %1, which is valid from %2 to %3; it is now %4.</source>
        <translation>Entra は証明書 %1 で署名しています。この証明書の有効期間は %2 から %3 までで、現在は %4 です。</translation>
    </message>
    <message>
        <source>Insightly may refuse responses signed with a certificate outside its validity period.</source>
        <translation>Insightly は、有効期間外の証明書で署名された応答を拒否する場合があります。</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate: create a new one, upload it to Insightly, and make it active in Entra.</source>
        <translation>SAML 署名証明書をロールオーバーしてください。新しい証明書を作成し、Insightly にアップロードして、Entra でアクティブにします。</translation>
    </message>
    <message>
        <source>SAML response readable</source>
        <translation>SAML 応答を読み取り可能</translation>
    </message>
    <message>
        <source>a Base64-encoded SAML response</source>
        <translation>Base64 でエンコードされた SAML 応答</translation>
    </message>
    <message>
        <source>Sign in again through My Apps so the wizard can capture a fresh response; if you pasted it, copy the whole SAMLResponse value.</source>
        <translation>ウィザードが新しい応答を取得できるよう、マイ アプリからもう一度サインインしてください。応答を貼り付けた場合は、SAMLResponse の値全体をコピーしてください。</translation>
    </message>
    <message>
        <source>The captured value is too large to be a SAML response.</source>
        <translation>キャプチャされた値は、SAML 応答としては大きすぎます。</translation>
    </message>
    <message>
        <source>It is %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>サイズは %1 です。Entra の応答は数 KB で、ウィザードが読み取るのは最大 %2 です。</translation>
    </message>
    <message>
        <source>It decodes to %1; Entra&apos;s responses are a few kilobytes, and the wizard reads at most %2.</source>
        <translation>デコード後のサイズは %1 です。Entra の応答は数 KB で、ウィザードが読み取るのは最大 %2 です。</translation>
    </message>
    <message>
        <source>It decodes to text that isn&apos;t UTF-8: it was cut off or altered.</source>
        <translation>デコードすると UTF-8 ではないテキストになります。途中で切れたか、改変されています。</translation>
    </message>
    <message>
        <source>The captured value is not a SAML response Entra sent.</source>
        <translation>キャプチャされた値は、Entra が送信した SAML 応答ではありません。</translation>
    </message>
    <message>
        <source>It declares a document type (DTD), which SAML forbids; the wizard doesn&apos;t read such documents.</source>
        <translation>ドキュメント型 (DTD) が宣言されていますが、SAML では禁止されています。ウィザードはこのようなドキュメントを読み取りません。</translation>
    </message>
    <message>
        <source>Its XML is far more deeply nested or has far more attributes than a SAML response ever has.</source>
        <translation>XML の入れ子の深さまたは属性の数が、SAML 応答ではありえないほど多くなっています。</translation>
    </message>
</context>
<context>
    <name>ScimInputs</name>
    <message>
        <source>The Tenant URL is empty.</source>
        <translation>テナント URL が空です。</translation>
    </message>
    <message>
        <source>Entra needs Insightly&apos;s SCIM endpoint to provision users.</source>
        <translation>Entra がユーザーをプロビジョニングするには、Insightly の SCIM エンドポイントが必要です。</translation>
    </message>
    <message>
        <source>The Tenant URL field holds what looks like the Secret Token.</source>
        <translation>[テナント URL] フィールドに、シークレット トークンのようなものが入力されています。</translation>
    </message>
    <message>
        <source>The Tenant URL is a web address starting with https://; the long code below it in Insightly is the token.</source>
        <translation>テナント URL は https:// で始まる Web アドレスです。Insightly でその下に表示される長いコードがトークンです。</translation>
    </message>
    <message>
        <source>Paste the token into Secret Token instead. %1</source>
        <translation>代わりにトークンを [シークレット トークン] に貼り付けてください。%1</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Tenant URL.</source>
        <translation>テナント URL の前後にある空白、改行、引用符を削除しました。</translation>
    </message>
    <message>
        <source>They come along when copying from mail or documents; a URL never contains them.</source>
        <translation>これらはメールや文書からコピーすると一緒に付いてきます。URL にこれらが含まれることはありません。</translation>
    </message>
    <message>
        <source>Nothing to do; check that the URL below is the one Insightly shows.</source>
        <translation>対処は不要です。下の URL が Insightly に表示されるものと同じであることを確認してください。</translation>
    </message>
    <message>
        <source>Added %1 in front of the address.</source>
        <translation>アドレスの前に %1 を追加しました。</translation>
    </message>
    <message>
        <source>The pasted text started with the host name.</source>
        <translation>貼り付けたテキストがホスト名で始まっていました。</translation>
    </message>
    <message>
        <source>The Tenant URL is not a web address.</source>
        <translation>テナント URL が Web アドレスではありません。</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint is an address starting with https://.</source>
        <translation>Insightly の SCIM エンドポイントは https:// で始まるアドレスです。</translation>
    </message>
    <message>
        <source>The Tenant URL contains a user name or password before the host.</source>
        <translation>テナント URL のホストの前にユーザー名またはパスワードが含まれています。</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token separately; credentials in the address would be visible to anyone who sees the configuration.</source>
        <translation>Entra はシークレット トークンを別に送信します。アドレスに資格情報が含まれていると、構成を見た人なら誰でもそれを見ることができます。</translation>
    </message>
    <message>
        <source>That is Insightly&apos;s Sign-in page URL (for single sign-on), not the SCIM endpoint.</source>
        <translation>これは Insightly の「Sign-in page URL」(シングル サインオン用) であり、SCIM エンドポイントではありません。</translation>
    </message>
    <message>
        <source>Both are on the same settings page; the SCIM endpoint appears below Enable SCIM Provisioning.</source>
        <translation>どちらも同じ設定ページにあります。SCIM エンドポイントは「Enable SCIM Provisioning」の下に表示されます。</translation>
    </message>
    <message>
        <source>That is the SAML and SCIM settings page; copy the SCIM endpoint shown on it.</source>
        <translation>これは SAML と SCIM の設定ページです。そこに表示される SCIM エンドポイントをコピーしてください。</translation>
    </message>
    <message>
        <source>The settings page&apos;s own address is not the value Entra needs.</source>
        <translation>設定ページ自体のアドレスは、Entra が必要とする値ではありません。</translation>
    </message>
    <message>
        <source>The Tenant URL ends with a SCIM resource (%1); Entra adds that part itself.</source>
        <translation>テナント URL が SCIM リソース (%1) で終わっています。この部分は Entra が自動的に追加します。</translation>
    </message>
    <message>
        <source>Entra appends /Users, /Groups and the other resources to the Tenant URL, so they would appear twice.</source>
        <translation>Entra はテナント URL に /Users、/Groups などのリソースを付加するため、二重になってしまいます。</translation>
    </message>
    <message>
        <source>Use %1, the SCIM endpoint exactly as Insightly shows it.</source>
        <translation>Insightly に表示されるとおりの SCIM エンドポイント %1 を使用してください。</translation>
    </message>
    <message>
        <source>The Tenant URL must start with https://, not http://.</source>
        <translation>テナント URL は http:// ではなく https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>Entra sends the Secret Token with every request; Microsoft requires an encrypted connection.</source>
        <translation>Entra はすべての要求でシークレット トークンを送信します。Microsoft は暗号化された接続を必要とします。</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Insightly に表示されるとおりに %1 を使用してください。</translation>
    </message>
    <message>
        <source>The Secret Token is empty.</source>
        <translation>シークレット トークンが空です。</translation>
    </message>
    <message>
        <source>Insightly only accepts provisioning requests that carry its SCIM token.</source>
        <translation>Insightly は、SCIM トークンを含むプロビジョニング要求のみを受け入れます。</translation>
    </message>
    <message>
        <source>Removed spaces, line breaks or quotes around the Secret Token.</source>
        <translation>シークレット トークンの前後にある空白、改行、引用符を削除しました。</translation>
    </message>
    <message>
        <source>They come along when copying; they are not part of the token.</source>
        <translation>これらはコピー時に一緒に付いてきたもので、トークンの一部ではありません。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対処は不要です。</translation>
    </message>
    <message>
        <source>Removed &quot;Bearer&quot; in front of the Secret Token.</source>
        <translation>シークレット トークンの前にある「Bearer」を削除しました。</translation>
    </message>
    <message>
        <source>Entra adds the word Bearer itself when it sends the token.</source>
        <translation>Entra はトークンを送信するときに Bearer という語を自動的に追加します。</translation>
    </message>
    <message>
        <source>Only the word Bearer was pasted, without the token.</source>
        <translation>トークンなしで Bearer という語だけが貼り付けられました。</translation>
    </message>
    <message>
        <source>The Secret Token field holds a web address.</source>
        <translation>[シークレット トークン] フィールドに Web アドレスが入力されています。</translation>
    </message>
    <message>
        <source>The web address is the Tenant URL; the token is the long code shown with it in Insightly.</source>
        <translation>Web アドレスはテナント URL です。トークンは、Insightly でそれと一緒に表示される長いコードです。</translation>
    </message>
    <message>
        <source>Paste the address into Tenant URL instead. %1</source>
        <translation>代わりにアドレスを [テナント URL] に貼り付けてください。%1</translation>
    </message>
    <message>
        <source>The Secret Token contains spaces or line breaks.</source>
        <translation>シークレット トークンに空白または改行が含まれています。</translation>
    </message>
    <message>
        <source>A token never contains them; mail and chat programs break long codes into lines, or two values were pasted together.</source>
        <translation>トークンにこれらが含まれることはありません。メールやチャットのプログラムが長いコードを改行したか、2 つの値が一緒に貼り付けられました。</translation>
    </message>
    <message>
        <source>Copy the token again in one piece, or check that the token without the spaces (ending in %1) is the one Insightly shows.</source>
        <translation>トークンをひとまとまりでもう一度コピーするか、空白を除いたトークン (末尾が %1) が Insightly に表示されるものと同じであることを確認してください。</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, tick Enable SCIM Provisioning, save, and copy the SCIM endpoint shown there into Tenant URL.</source>
        <translation>Insightly で「System Settings」、「Security」、「SAML and SCIM」を開き、「Enable SCIM Provisioning」をオンにして保存し、そこに表示される SCIM エンドポイントを [テナント URL] にコピーしてください。</translation>
    </message>
    <message>
        <source>In Insightly open System Settings, Security, SAML and SCIM, and copy the SCIM token shown there into Secret Token.</source>
        <translation>Insightly で「System Settings」、「Security」、「SAML and SCIM」を開き、そこに表示される SCIM トークンを [シークレット トークン] にコピーしてください。</translation>
    </message>
    <message>
        <source>The Tenant URL</source>
        <translation>テナント URL</translation>
    </message>
    <message>
        <source>The Secret Token</source>
        <translation>シークレット トークン</translation>
    </message>
</context>
<context>
    <name>ScimProbeCli</name>
    <message>
        <source>Cause: </source>
        <translation>原因: </translation>
    </message>
    <message>
        <source>Fix: </source>
        <translation>対処: </translation>
    </message>
    <message>
        <source>Code: </source>
        <translation>コード: </translation>
    </message>
    <message>
        <source>from INSIGHTLY_SCIM_TOKEN</source>
        <translation>INSIGHTLY_SCIM_TOKEN から</translation>
    </message>
    <message>
        <source>from standard input</source>
        <translation>標準入力から</translation>
    </message>
    <message>
        <source>Tenant URL refused:</source>
        <translation>テナント URL が拒否されました:</translation>
    </message>
    <message>
        <source>Reading the SCIM token from standard input (or set INSIGHTLY_SCIM_TOKEN)…</source>
        <translation>標準入力から SCIM トークンを読み取っています (または INSIGHTLY_SCIM_TOKEN を設定してください)…</translation>
    </message>
    <message>
        <source>Secret Token refused (%1):</source>
        <translation>シークレット トークンが拒否されました (%1):</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>注: </translation>
    </message>
    <message>
        <source>Probing %1 with the token %2 (%3)</source>
        <translation>トークン %2 (%3) で %1 を検査しています</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ミリ秒)</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Some checks failed.</source>
        <translation>一部のチェックが失敗しました。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>A credential has no valid name.</source>
        <translation>資格情報に有効な名前がありません。</translation>
    </message>
    <message>
        <source>A stored secret needs a tenant and a purpose.</source>
        <translation>保存するシークレットには、テナントと用途が必要です。</translation>
    </message>
    <message>
        <source>Send the diagnostics to support.</source>
        <translation>診断情報をサポートに送信してください。</translation>
    </message>
</context>
<context>
    <name>SetupOperation</name>
    <message>
        <source>The wizard is not signed in to Microsoft Entra.</source>
        <translation>ウィザードは Microsoft Entra にサインインしていません。</translation>
    </message>
    <message>
        <source>The sign-in session ended or was replaced.</source>
        <translation>サインイン セッションが終了したか、置き換えられました。</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in again.</source>
        <translation>サインインの手順に戻り、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>The Insightly SAML application is not known yet.</source>
        <translation>Insightly SAML アプリケーションがまだ不明です。</translation>
    </message>
    <message>
        <source>This step changes the enterprise application created in Step 1.</source>
        <translation>この手順では、手順 1 で作成したエンタープライズ アプリケーションを変更します。</translation>
    </message>
    <message>
        <source>Go back to Step 1 (Add Insightly SAML from the gallery) and complete it first.</source>
        <translation>手順 1 (ギャラリーから Insightly SAML を追加) に戻り、先に完了してください。</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <source>This sign-in was not started by the wizard.</source>
        <translation>このサインインはウィザードによって開始されたものではありません。</translation>
    </message>
    <message>
        <source>Start the sign-in again.</source>
        <translation>サインインをもう一度開始してください。</translation>
    </message>
</context>
<context>
    <name>SigningCertificate</name>
    <message>
        <source>In Entra open the Insightly SAML application, Single sign-on, SAML Certificates, and download &quot;Certificate (Base64)&quot;; then choose that file.</source>
        <translation>Entra で Insightly SAML アプリケーションを開き、[シングル サインオン]、[SAML 証明書] で「証明書 (Base64)」をダウンロードしてから、そのファイルを選択してください。</translation>
    </message>
    <message>
        <source>This file is not a certificate.</source>
        <translation>このファイルは証明書ではありません。</translation>
    </message>
    <message>
        <source>It holds neither a PEM certificate (-----BEGIN CERTIFICATE-----), nor DER, nor Base64 certificate data.</source>
        <translation>PEM 証明書 (-----BEGIN CERTIFICATE-----)、DER、Base64 の証明書データのいずれも含まれていません。</translation>
    </message>
    <message>
        <source>This certificate is incomplete.</source>
        <translation>この証明書は不完全です。</translation>
    </message>
    <message>
        <source>The data ends before the certificate does: it was cut off while copying or downloading.</source>
        <translation>証明書の途中でデータが終わっています。コピーまたはダウンロードの途中で切れています。</translation>
    </message>
    <message>
        <source>This is a .pfx (PKCS#12) file, not a certificate.</source>
        <translation>これは証明書ではなく、.pfx (PKCS#12) ファイルです。</translation>
    </message>
    <message>
        <source>A .pfx file bundles the certificate with its private key; Insightly needs only the public certificate.</source>
        <translation>.pfx ファイルには証明書と秘密キーがまとめて含まれています。Insightly に必要なのは公開証明書のみです。</translation>
    </message>
    <message>
        <source>This is a private key, not a certificate.</source>
        <translation>これは証明書ではなく、秘密キーです。</translation>
    </message>
    <message>
        <source>The file holds a PRIVATE KEY block. Insightly needs the public certificate; a private key must never be uploaded or shared.</source>
        <translation>このファイルには PRIVATE KEY ブロックが含まれています。Insightly に必要なのは公開証明書です。秘密キーは決してアップロードしたり共有したりしないでください。</translation>
    </message>
    <message>
        <source>If this key is real, keep the file somewhere safe or delete it.</source>
        <translation>このキーが本物の場合は、ファイルを安全な場所に保管するか、削除してください。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>It contains no certificate.</source>
        <translation>証明書が含まれていません。</translation>
    </message>
    <message>
        <source>This is Federation Metadata XML, not a certificate file.</source>
        <translation>これは証明書ファイルではなく、フェデレーション メタデータ XML です。</translation>
    </message>
    <message>
        <source>The metadata carries the signing certificate inside it.</source>
        <translation>メタデータには署名証明書が含まれています。</translation>
    </message>
    <message>
        <source>Load it as federation metadata instead, or download &quot;Certificate (Base64)&quot; from Entra.</source>
        <translation>代わりにフェデレーション メタデータとして読み込むか、Entra から「証明書 (Base64)」をダウンロードしてください。</translation>
    </message>
    <message>
        <source>This file holds too many certificates.</source>
        <translation>このファイルに含まれる証明書が多すぎます。</translation>
    </message>
    <message>
        <source>It holds more than %1; the SAML signing certificate is one.</source>
        <translation>%1 を超える証明書が含まれています。SAML 署名証明書は 1 つだけです。</translation>
    </message>
    <message>
        <source>The certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>This is a certificate authority&apos;s certificate, not a SAML signing certificate.</source>
        <translation>これは証明機関の証明書であり、SAML 署名証明書ではありません。</translation>
    </message>
    <message>
        <source>It is marked as a certificate authority (%1); Entra signs SAML responses with a certificate of its own.</source>
        <translation>証明機関としてマークされています (%1)。Entra は SAML 応答に独自の証明書で署名します。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>名前なし</translation>
    </message>
</context>
<context>
    <name>SigningCertificates</name>
    <message>
        <source>Creating a SAML signing certificate valid until %1…</source>
        <translation>%1 まで有効な SAML 署名証明書を作成しています…</translation>
    </message>
    <message>
        <source>The new signing certificate could not be checked.</source>
        <translation>新しい署名証明書を確認できませんでした。</translation>
    </message>
    <message>
        <source>The thumbprint Microsoft Entra returned does not match the certificate it returned.</source>
        <translation>Microsoft Entra が返した拇印が、返された証明書と一致しません。</translation>
    </message>
    <message>
        <source>Run this step again. If it happens again, create the certificate in the Entra admin center (Single sign-on &gt; SAML Certificates).</source>
        <translation>この手順をもう一度実行してください。再び発生する場合は、Entra 管理センター ([シングル サインオン] &gt; [SAML 証明書]) で証明書を作成してください。</translation>
    </message>
    <message>
        <source>Waiting for Microsoft Entra to show the new certificate… seen %1 of %2 times</source>
        <translation>Microsoft Entra に新しい証明書が表示されるのを待っています… %2 回中 %1 回確認</translation>
    </message>
    <message>
        <source>The new signing certificate disappeared.</source>
        <translation>新しい署名証明書が消えました。</translation>
    </message>
    <message>
        <source>It was seen and then no longer listed.</source>
        <translation>一度表示された後、表示されなくなりました。</translation>
    </message>
    <message>
        <source>Run this step again.</source>
        <translation>この手順をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>SAML 署名証明書を読み取っています…</translation>
    </message>
    <message>
        <source>A new certificate from an earlier run is waiting to be activated.</source>
        <translation>以前の実行で作成された新しい証明書がアクティブ化を待っています。</translation>
    </message>
    <message>
        <source>Microsoft Entra did not confirm the new certificate; checking whether it was created…</source>
        <translation>Microsoft Entra が新しい証明書を確認しませんでした。作成されたかどうかを確認しています…</translation>
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
        <translation>    理由: %1</translation>
    </message>
    <message>
        <source>    Request ID: %1</source>
        <translation>    要求 ID: %1</translation>
    </message>
    <message>
        <source>    What to do: %1</source>
        <translation>    対処方法: %1</translation>
    </message>
    <message>
        <source>%1 — status report</source>
        <translation>%1 — 状態レポート</translation>
    </message>
    <message>
        <source>Read on %1</source>
        <translation>読み取り日時: %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at %1</source>
        <translation>ユーザーは %1 で Insightly にサインインします</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
    <message>
        <source>Users sign in to Insightly at</source>
        <translation>ユーザーが Insightly にサインインする場所:</translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>Reading</source>
        <translation>読み取り中</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Microsoft Entra テナント</translation>
    </message>
    <message>
        <source>Insightly instance</source>
        <translation>Insightly インスタンス</translation>
    </message>
    <message>
        <source>Enterprise application</source>
        <translation>エンタープライズ アプリケーション</translation>
    </message>
    <message>
        <source>SAML single sign-on settings</source>
        <translation>SAML シングル サインオンの設定</translation>
    </message>
    <message>
        <source>SAML signing certificate</source>
        <translation>SAML 署名証明書</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>サインイン テスト</translation>
    </message>
    <message>
        <source>Enforce SAML Login</source>
        <translation>Enforce SAML Login</translation>
    </message>
    <message>
        <source>Provisioning (SCIM)</source>
        <translation>プロビジョニング (SCIM)</translation>
    </message>
    <message>
        <source>SCIM token in the keychain</source>
        <translation>キーチェーン内の SCIM トークン</translation>
    </message>
    <message>
        <source>Assigned users and groups</source>
        <translation>割り当て済みのユーザーとグループ</translation>
    </message>
</context>
<context>
    <name>StatusRowRules</name>
    <message>
        <source>Run the wizard again and choose &quot;Set up single sign-on and provisioning&quot;; %1 It keeps what is already set up.</source>
        <translation>ウィザードをもう一度実行し、「シングル サインオンとプロビジョニングを設定する」を選択してください。%1 設定済みの内容は保持されます。</translation>
    </message>
    <message>
        <source>Run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>ウィザードをもう一度実行し、「既存のセットアップの SAML 署名証明書をロールオーバーする」を選択してください。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not signed in to Microsoft Entra.</source>
        <translation>Microsoft Entra にサインインしていません。</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>サインインの手順に戻ってサインインしてください。</translation>
    </message>
    <message>
        <source>%1, signed in as %2</source>
        <translation>%1 (%2 としてサインイン中)</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <source>Directory roles</source>
        <translation>ディレクトリ ロール</translation>
    </message>
    <message>
        <source>No Insightly instance is connected yet.</source>
        <translation>Insightly インスタンスはまだ接続されていません。</translation>
    </message>
    <message>
        <source>This computer has no record of the Insightly instance.</source>
        <translation>このコンピューターには Insightly インスタンスの記録がありません。</translation>
    </message>
    <message>
        <source>the Insightly step reads the Sign-in page URL.</source>
        <translation>Insightly の手順で「Sign-in page URL」を読み取ります。</translation>
    </message>
    <message>
        <source>Sign-in page URL</source>
        <translation>Sign-in page URL</translation>
    </message>
    <message>
        <source>Instance ID</source>
        <translation>インスタンス ID</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>ポッド</translation>
    </message>
    <message>
        <source>No Insightly SAML enterprise application was found.</source>
        <translation>Insightly SAML エンタープライズ アプリケーションが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Step 1 adds Insightly SAML from the Microsoft Entra gallery.</source>
        <translation>手順 1 で Microsoft Entra ギャラリーから Insightly SAML を追加します。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists in Entra.</source>
        <translation>前回の実行で記録したアプリケーションは Entra に存在しなくなりました。</translation>
    </message>
    <message numerus="yes">
        <source>%n Insightly SAML applications exist; the wizard does not know which one Insightly uses.</source>
        <translation>
            <numerusform>Insightly SAML アプリケーションが %n 個あります。ウィザードには Insightly がどれを使用しているかがわかりません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Step 1 lets you choose the application to keep using.</source>
        <translation>手順 1 で、引き続き使用するアプリケーションを選択できます。</translation>
    </message>
    <message>
        <source>application ID %1, created %2</source>
        <translation>アプリケーション ID %1、作成日時 %2</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>見つかりました: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>The application recorded by the last run no longer exists; this one was found by its gallery template.</source>
        <translation>前回の実行で記録したアプリケーションは存在しなくなりました。このアプリケーションはギャラリー テンプレートから見つかりました。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>アプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <source>Enterprise application object ID</source>
        <translation>エンタープライズ アプリケーションのオブジェクト ID</translation>
    </message>
    <message>
        <source>Step 2 sets SAML mode, the Identifier and the Reply URL.</source>
        <translation>手順 2 で SAML モード、識別子、応答 URL を設定します。</translation>
    </message>
    <message>
        <source>Single sign-on mode is &quot;%1&quot;, not SAML.</source>
        <translation>シングル サインオン モードが SAML ではなく「%1」です。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n values; Insightly needs exactly one.</source>
        <translation>
            <numerusform>%1: 値が %n 個あります。Insightly には 1 個だけ必要です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 differs from Insightly&apos;s Sign-in page URL.</source>
        <translation>%1 が Insightly の「Sign-in page URL」と異なります。</translation>
    </message>
    <message>
        <source>Identifier (Entity ID)</source>
        <translation>識別子 (エンティティ ID)</translation>
    </message>
    <message>
        <source>Reply URL</source>
        <translation>応答 URL</translation>
    </message>
    <message>
        <source>The Identifier and the Reply URL differ; both must be the Sign-in page URL.</source>
        <translation>識別子と応答 URL が異なります。どちらも「Sign-in page URL」である必要があります。</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL are set (the Sign-in page URL is not recorded on this computer to compare with).</source>
        <translation>SAML。識別子と応答 URL は設定されています (比較対象の「Sign-in page URL」はこのコンピューターに記録されていません)。</translation>
    </message>
    <message>
        <source>SAML; Identifier and Reply URL equal the Insightly Sign-in page URL.</source>
        <translation>SAML。識別子と応答 URL は Insightly の「Sign-in page URL」と一致しています。</translation>
    </message>
    <message>
        <source>Single sign-on mode</source>
        <translation>シングル サインオン モード</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>想定値</translation>
    </message>
    <message>
        <source>The application has no SAML signing certificate: Entra cannot sign a sign-in (AADSTS50003).</source>
        <translation>アプリケーションに SAML 署名証明書がありません。Entra はサインインに署名できません (AADSTS50003)。</translation>
    </message>
    <message>
        <source>Step 2 creates the certificate and makes it active.</source>
        <translation>手順 2 で証明書を作成してアクティブにします。</translation>
    </message>
    <message>
        <source>No signing certificate is active (AADSTS50146 at sign-in).</source>
        <translation>アクティブな署名証明書がありません (サインイン時に AADSTS50146)。</translation>
    </message>
    <message>
        <source>The active certificate expired on %1: nobody can sign in to Insightly.</source>
        <translation>アクティブな証明書は %1 に期限切れになりました。だれも Insightly にサインインできません。</translation>
    </message>
    <message numerus="yes">
        <source>The active certificate expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>アクティブな証明書はあと %n 日、%1 に期限切れになります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active, valid until %1 (%n days left).</source>
        <translation>
            <numerusform>アクティブ、%1 まで有効 (残り %n 日)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Active thumbprint</source>
        <translation>アクティブな拇印</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>The active certificate is not the one this wizard gave Insightly (%1); Insightly rejects sign-ins unless it holds the active one.</source>
        <translation>アクティブな証明書は、このウィザードが Insightly に渡した証明書 (%1) ではありません。Insightly はアクティブな証明書を保持していない限りサインインを拒否します。</translation>
    </message>
    <message>
        <source>Expiry notification e-mails</source>
        <translation>有効期限の通知メール</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Nobody gets Microsoft&apos;s expiry e-mails (60, 30 and 7 days before).</source>
        <translation>Microsoft の有効期限通知メール (60 日前、30 日前、7 日前) を受け取る人がいません。</translation>
    </message>
    <message>
        <source>Add a notification e-mail in Entra: Single sign-on › SAML Certificates › Edit.</source>
        <translation>Entra で通知メールを追加してください: [シングル サインオン] › [SAML 証明書] › [編集]。</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (%2 まで)</translation>
    </message>
    <message>
        <source>Inactive certificates</source>
        <translation>非アクティブな証明書</translation>
    </message>
    <message>
        <source>Step 2 tests the sign-in.</source>
        <translation>手順 2 でサインインをテストします。</translation>
    </message>
    <message>
        <source>The sign-in has not been tested by this wizard.</source>
        <translation>このウィザードではまだサインインをテストしていません。</translation>
    </message>
    <message>
        <source>Passed on %1.</source>
        <translation>%1 に成功しました。</translation>
    </message>
    <message>
        <source>Failed on %1.</source>
        <translation>%1 に失敗しました。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Confirmed on %1: Insightly users sign in through Microsoft Entra.</source>
        <translation>%1 に確認済み: Insightly ユーザーは Microsoft Entra 経由でサインインします。</translation>
    </message>
    <message>
        <source>Not confirmed: users may still sign in to Insightly with a password.</source>
        <translation>未確認: ユーザーがまだパスワードで Insightly にサインインできる可能性があります。</translation>
    </message>
    <message>
        <source>In Insightly, open System Settings › Security › SAML and SCIM, tick Enforce SAML Login and save; then confirm it in Step 2 of the wizard.</source>
        <translation>Insightly で「System Settings › Security › SAML and SCIM」を開き、「Enforce SAML Login」をオンにして保存してから、ウィザードの手順 2 で確認してください。</translation>
    </message>
    <message>
        <source>First pass the sign-in test; only then tick Enforce SAML Login in Insightly (System Settings › Security › SAML and SCIM) and save.</source>
        <translation>まずサインイン テストに合格してください。そのうえで Insightly (「System Settings › Security › SAML and SCIM」) で「Enforce SAML Login」をオンにして保存してください。</translation>
    </message>
    <message>
        <source>Step 3 sets up provisioning with Insightly&apos;s SCIM endpoint and token.</source>
        <translation>手順 3 で Insightly の SCIM エンドポイントとトークンを使ってプロビジョニングを設定します。</translation>
    </message>
    <message>
        <source>Provisioning is not set up.</source>
        <translation>プロビジョニングは設定されていません。</translation>
    </message>
    <message>
        <source>In quarantine (%1): %2</source>
        <translation>検疫中 (%1): %2</translation>
    </message>
    <message>
        <source>The Tenant URL and Secret Token are not saved.</source>
        <translation>テナント URL とシークレット トークンが保存されていません。</translation>
    </message>
    <message>
        <source>The last cycle failed: %1</source>
        <translation>前回のサイクルは失敗しました: %1</translation>
    </message>
    <message>
        <source>Provisioning is paused (%1).</source>
        <translation>プロビジョニングは一時停止しています (%1)。</translation>
    </message>
    <message>
        <source>In Entra, open the Insightly SAML application › Provisioning and select Start provisioning.</source>
        <translation>Entra で Insightly SAML アプリケーション › [プロビジョニング] を開き、[プロビジョニングの開始] を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>Running; %n user(s) could not be provisioned in the last cycle.</source>
        <translation>
            <numerusform>実行中。前回のサイクルで %n 人のユーザーをプロビジョニングできませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the provisioning logs in Entra (Insightly SAML › Provisioning logs) for each user&apos;s error.</source>
        <translation>各ユーザーのエラーは、Entra のプロビジョニング ログ (Insightly SAML › [プロビジョニング ログ]) で確認してください。</translation>
    </message>
    <message>
        <source>Running; the first cycle has not finished yet (it can take a while in Entra).</source>
        <translation>実行中。最初のサイクルはまだ完了していません (Entra では時間がかかることがあります)。</translation>
    </message>
    <message>
        <source>Running; the last cycle succeeded on %1.</source>
        <translation>実行中。前回のサイクルは %1 に成功しました。</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>前回のサイクル</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1、%2 に終了</translation>
    </message>
    <message>
        <source>Last successful cycle</source>
        <translation>前回成功したサイクル</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent, %3 failed, %4 users in sync</source>
        <translation>対象 %1、送信した変更 %2、失敗 %3、同期済みユーザー %4</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>定常状態</translation>
    </message>
    <message>
        <source>not reached yet</source>
        <translation>まだ到達していません</translation>
    </message>
    <message>
        <source>Quarantine reason</source>
        <translation>検疫の理由</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message</source>
        <translation>Microsoft のメッセージ</translation>
    </message>
    <message>
        <source>Stored in this computer&apos;s keychain (not shown).</source>
        <translation>このコンピューターのキーチェーンに保存されています (表示されません)。</translation>
    </message>
    <message>
        <source>Not stored; provisioning is not set up.</source>
        <translation>保存されていません。プロビジョニングは設定されていません。</translation>
    </message>
    <message>
        <source>Not stored on this computer. Entra keeps its own copy, so provisioning is not affected.</source>
        <translation>このコンピューターには保存されていません。Entra は独自のコピーを保持しているため、プロビジョニングに影響はありません。</translation>
    </message>
    <message>
        <source>Nothing to do unless provisioning fails; then regenerate the token in Insightly and save it in Step 3 of the wizard.</source>
        <translation>プロビジョニングが失敗しない限り対処は不要です。失敗した場合は Insightly でトークンを再生成し、ウィザードの手順 3 で保存してください。</translation>
    </message>
    <message>
        <source>Step 4 assigns users and groups.</source>
        <translation>手順 4 でユーザーとグループを割り当てます。</translation>
    </message>
    <message>
        <source>Nobody is assigned: no user can sign in or be provisioned.</source>
        <translation>だれも割り当てられていません。どのユーザーもサインインもプロビジョニングもできません。</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) chosen in the last run are not done yet.</source>
        <translation>
            <numerusform>前回の実行で選択した %n 件の割り当てがまだ完了していません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) and %1 group(s) assigned.</source>
        <translation>
            <numerusform>%n 人のユーザーと %1 個のグループが割り当てられています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Other (applications)</source>
        <translation>その他 (アプリケーション)</translation>
    </message>
    <message>
        <source>Members of assigned groups are provisioned; groups nested in them are not.</source>
        <translation>割り当てられたグループのメンバーはプロビジョニングされますが、その中に入れ子になったグループはプロビジョニングされません。</translation>
    </message>
    <message>
        <source>Upload the active certificate to Insightly, or run the wizard again and choose &quot;Rotate the SAML signing certificate&quot;.</source>
        <translation>アクティブな証明書を Insightly にアップロードするか、ウィザードをもう一度実行して「既存のセットアップの SAML 署名証明書をロールオーバーする」を選択してください。</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>a NUL character</source>
        <translation>NUL 文字</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>the control character U+%1</source>
        <translation>制御文字 U+%1</translation>
    </message>
    <message>
        <source>%1 is too long.</source>
        <translation>%1 が長すぎます。</translation>
    </message>
    <message>
        <source>It has %L1 characters; a valid value has at most %L2.</source>
        <translation>%L1 文字あります。有効な値は最大 %L2 文字です。</translation>
    </message>
    <message>
        <source>Check that you copied only the value, not a whole page or file, and paste it again.</source>
        <translation>ページやファイル全体ではなく値だけをコピーしたことを確認して、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 contains an invisible character.</source>
        <translation>%1 に目に見えない文字が含まれています。</translation>
    </message>
    <message>
        <source>It holds %1 at position %L2, which no valid value has.</source>
        <translation>%L2 文字目に %1 が含まれています。有効な値には含まれない文字です。</translation>
    </message>
    <message>
        <source>Copy the value again from where it is shown, without anything around it, and paste it here. The wizard never uses part of a value.</source>
        <translation>値が表示されている場所から、前後に何も含めずに値をもう一度コピーして、ここに貼り付けてください。ウィザードが値の一部だけを使用することはありません。</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 が大きすぎます。</translation>
    </message>
    <message>
        <source>It is %1; the wizard reads at most %2 for this.</source>
        <translation>サイズは %1 です。ウィザードがこれについて読み取るのは最大 %2 です。</translation>
    </message>
    <message>
        <source>Check that you chose the right file.</source>
        <translation>正しいファイルを選択したことを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
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
        <translation>%1 の証明書は、このコンピューターが信頼していない機関によって発行されました。</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet.</source>
        <translation>%1 の証明書は期限切れか、まだ有効になっていません。</translation>
    </message>
    <message>
        <source>The certificate presented for %1 was issued for another name.</source>
        <translation>%1 に対して提示された証明書は、別の名前に対して発行されています。</translation>
    </message>
    <message>
        <source>The certificate of %1 was revoked or is damaged.</source>
        <translation>%1 の証明書は失効しているか、破損しています。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be verified.</source>
        <translation>%1 へのセキュリティで保護された接続を検証できませんでした。</translation>
    </message>
    <message>
        <source>Nothing was sent to it.</source>
        <translation>データは何も送信されていません。</translation>
    </message>
    <message>
        <source>Check the date and time of this computer. If your company inspects secure connections, its proxy&apos;s certificate authority must be trusted by this computer; otherwise do not continue.</source>
        <translation>このコンピューターの日付と時刻を確認してください。会社がセキュリティで保護された接続を検査している場合は、そのプロキシの証明機関をこのコンピューターが信頼している必要があります。そうでない場合は続行しないでください。</translation>
    </message>
</context>
<context>
    <name>insightly::AppFlow</name>
    <message>
        <source>Looking for the Insightly SAML application…</source>
        <translation>Insightly SAML アプリケーションを探しています…</translation>
    </message>
</context>
<context>
    <name>insightly::AppPage</name>
    <message>
        <source>Step 1 — Add the Insightly SAML application</source>
        <translation>手順 1 — Insightly SAML アプリケーションを追加する</translation>
    </message>
    <message>
        <source>The enterprise application from the Microsoft Entra gallery.</source>
        <translation>Microsoft Entra ギャラリーのエンタープライズ アプリケーションです。</translation>
    </message>
    <message>
        <source>&lt;p&gt;In the Entra admin center this is &lt;b&gt;Enterprise applications › New application&lt;/b&gt;, searching the gallery for &lt;b&gt;Insightly SAML&lt;/b&gt; and adding it.&lt;/p&gt;&lt;p&gt;The wizard finds an existing Insightly SAML application first and never creates a second one. A new application takes a little while to appear everywhere in Entra; the wizard waits for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Entra 管理センターでは、&lt;b&gt;[エンタープライズ アプリケーション] › [新しいアプリケーション]&lt;/b&gt; でギャラリーから &lt;b&gt;Insightly SAML&lt;/b&gt; を検索して追加する操作に相当します。&lt;/p&gt;&lt;p&gt;ウィザードはまず既存の Insightly SAML アプリケーションを探し、2 つ目を作成することはありません。新しいアプリケーションが Entra 全体に表示されるまでには少し時間がかかります。ウィザードはそれを待ちます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未開始です。</translation>
    </message>
    <message>
        <source>Progress of step 1</source>
        <translation>手順 1 の進行状況</translation>
    </message>
    <message>
        <source>&amp;Find or add the application</source>
        <translation>アプリケーションを検索または追加(&amp;F)</translation>
    </message>
    <message>
        <source>Find or add the Insightly SAML application</source>
        <translation>Insightly SAML アプリケーションを検索または追加します</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel step 1</source>
        <translation>手順 1 をキャンセルします</translation>
    </message>
    <message>
        <source>Existing Insightly SAML applications</source>
        <translation>既存の Insightly SAML アプリケーション</translation>
    </message>
    <message>
        <source>&amp;Use this application</source>
        <translation>このアプリケーションを使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the selected application</source>
        <translation>選択したアプリケーションを使用します</translation>
    </message>
    <message>
        <source>Result of step 1</source>
        <translation>手順 1 の結果</translation>
    </message>
    <message>
        <source>%1 — created %2 — application id %3</source>
        <translation>%1 — 作成日時 %2 — アプリケーション ID %3</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant. Choose the one Insightly users sign in with; the wizard does not pick one for you.</source>
        <translation>このテナントには Insightly SAML アプリケーションが複数あります。Insightly ユーザーがサインインに使用するものを選択してください。ウィザードが代わりに選ぶことはありません。</translation>
    </message>
    <message>
        <source>Cancelled. Nothing more was changed; start again to continue where it stopped.</source>
        <translation>キャンセルしました。これ以上の変更は行われていません。もう一度開始すると、中断したところから続行します。</translation>
    </message>
    <message>
        <source>Step 1 did not finish.</source>
        <translation>手順 1 は完了しませんでした。</translation>
    </message>
    <message>
        <source>Created the Insightly SAML application; Entra shows it everywhere now.</source>
        <translation>Insightly SAML アプリケーションを作成しました。現在、Entra 全体に表示されています。</translation>
    </message>
    <message>
        <source>Found the existing Insightly SAML application; nothing was created.</source>
        <translation>既存の Insightly SAML アプリケーションが見つかりました。何も作成されていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Application (client) id: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;Application object id: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;Enterprise application (service principal) object id: &lt;tt&gt;%4&lt;/tt&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;アプリケーション (クライアント) ID: &lt;tt&gt;%2&lt;/tt&gt;&lt;br&gt;アプリケーション オブジェクト ID: &lt;tt&gt;%3&lt;/tt&gt;&lt;br&gt;エンタープライズ アプリケーション (サービス プリンシパル) オブジェクト ID: &lt;tt&gt;%4&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Reading what step 1 will change before it starts…</source>
        <translation>開始前に、ステップ 1 で変更される内容を読み取っています…</translation>
    </message>
</context>
<context>
    <name>insightly::AssignFlow</name>
    <message>
        <source>Assignments cannot be made yet.</source>
        <translation>まだ割り当てを行うことはできません。</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Microsoft Entra ID にサインインしていません。</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>サインインの手順に戻ってサインインしてください。</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>Insightly SAML エンタープライズ アプリケーションはまだ不明です。</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>手順 1 に戻り、アプリケーションを追加または選択してください。</translation>
    </message>
    <message>
        <source>%1 of %2 assigned</source>
        <translation>%2 件中 %1 件を割り当て済み</translation>
    </message>
    <message numerus="yes">
        <source>— %n per second</source>
        <translation>
            <numerusform>— 毎秒 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— about %n second(s) left</source>
        <translation>
            <numerusform>— 残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n waiting for Entra to replicate</source>
        <translation>
            <numerusform>— %n 件が Entra のレプリケーション待ち</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>— %n failed</source>
        <translation>
            <numerusform>— %n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the current assignments…</source>
        <translation>現在の割り当てを読み取っています…</translation>
    </message>
    <message>
        <source>Assigning: %1</source>
        <translation>割り当て中: %1</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>割り当てています…</translation>
    </message>
    <message>
        <source>Removing the selected assignments…</source>
        <translation>選択した割り当てを削除しています…</translation>
    </message>
    <message>
        <source>Provisioning the selected users in Insightly now…</source>
        <translation>選択したユーザーを今すぐ Insightly にプロビジョニングしています…</translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) are still queued; they continue when you come back to this step.</source>
        <translation>
            <numerusform>%n 件の割り当てがまだキューにあります。この手順に戻ると続行されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is assigned yet: find users or groups and assign them.</source>
        <translation>まだだれも割り当てられていません: ユーザーまたはグループを検索して割り当ててください。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n ユーザー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n グループ</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned now: %1 and %2.</source>
        <translation>現在の割り当て: %1、%2。</translation>
    </message>
    <message>
        <source>No user is selected.</source>
        <translation>ユーザーが選択されていません。</translation>
    </message>
    <message>
        <source>Provision on demand works on assigned users.</source>
        <translation>[オンデマンドでプロビジョニング] は割り当て済みのユーザーに対して機能します。</translation>
    </message>
    <message>
        <source>Select users in the list of current assignments.</source>
        <translation>現在の割り当ての一覧でユーザーを選択してください。</translation>
    </message>
    <message>
        <source>Provisioning is not set up yet.</source>
        <translation>プロビジョニングはまだ設定されていません。</translation>
    </message>
    <message>
        <source>Step 3 has not saved and started provisioning.</source>
        <translation>手順 3 でまだ保存してプロビジョニングを開始していません。</translation>
    </message>
    <message>
        <source>Go back to step 3, test and save the SCIM connection.</source>
        <translation>手順 3 に戻り、SCIM 接続をテストして保存してください。</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPage</name>
    <message>
        <source>Step 4 — Assign users and groups</source>
        <translation>手順 4 — ユーザーとグループを割り当てる</translation>
    </message>
    <message>
        <source>Who may sign in to Insightly through Entra, and who is provisioned.</source>
        <translation>Entra 経由で Insightly にサインインできるユーザーと、プロビジョニングされるユーザーを決めます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign the users and groups who use Insightly. Their Insightly e-mail address must match their Entra sign-in name.&lt;/p&gt;&lt;p&gt;Assigning a group is faster than assigning its members one by one.&lt;/p&gt;&lt;p&gt;The lockout check lists the Insightly users who could not sign in while &lt;b&gt;Enforce SAML Login&lt;/b&gt; is ticked.&lt;/p&gt;&lt;p&gt;Users then sign in from &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Insightly を使用するユーザーとグループを割り当ててください。Insightly のメール アドレスは Entra のサインイン名と一致している必要があります。&lt;/p&gt;&lt;p&gt;グループを割り当てる方が、メンバーを 1 人ずつ割り当てるより速く済みます。&lt;/p&gt;&lt;p&gt;ロックアウト チェックでは、&lt;b&gt;Enforce SAML Login&lt;/b&gt; がオンのときにサインインできない Insightly ユーザーが一覧表示されます。&lt;/p&gt;&lt;p&gt;その後、ユーザーは &lt;b&gt;https://myapps.microsoft.com&lt;/b&gt; からサインインします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>State of the assignments</source>
        <translation>割り当ての状態</translation>
    </message>
    <message>
        <source>Step 4 tasks</source>
        <translation>手順 4 のタスク</translation>
    </message>
    <message>
        <source>F&amp;ind and assign</source>
        <translation>検索して割り当て(&amp;I)</translation>
    </message>
    <message>
        <source>Pro&amp;visioning</source>
        <translation>プロビジョニング(&amp;V)</translation>
    </message>
    <message>
        <source>Loc&amp;kout check</source>
        <translation>ロックアウト チェック(&amp;K)</translation>
    </message>
    <message>
        <source>Assi&amp;gned (%1)</source>
        <translation>割り当て済み (%1)(&amp;G)</translation>
    </message>
</context>
<context>
    <name>insightly::AssignPickerPanel</name>
    <message>
        <source>Find users and groups</source>
        <translation>ユーザーとグループを検索</translation>
    </message>
    <message>
        <source>Name, e-mail or sign-in name</source>
        <translation>名前、メール アドレス、またはサインイン名</translation>
    </message>
    <message>
        <source>Find &amp;users and groups:</source>
        <translation>ユーザーとグループを検索(&amp;U):</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Assign &amp;selected</source>
        <translation>選択項目を割り当て(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running assignment</source>
        <translation>実行中の割り当てをキャンセルします</translation>
    </message>
    <message>
        <source>Assignment progress</source>
        <translation>割り当ての進行状況</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Assignment rate and time left</source>
        <translation>割り当ての速度と残り時間</translation>
    </message>
    <message>
        <source>Nothing is selected.</source>
        <translation>何も選択されていません。</translation>
    </message>
    <message>
        <source>Select users or groups in the search results first.</source>
        <translation>まず検索結果でユーザーまたはグループを選択してください。</translation>
    </message>
</context>
<context>
    <name>insightly::AssignedUsersPanel</name>
    <message>
        <source>Current assignments</source>
        <translation>現在の割り当て</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>選択項目を削除(&amp;R)</translation>
    </message>
    <message>
        <source>Provision selected users n&amp;ow</source>
        <translation>選択したユーザーを今すぐプロビジョニング(&amp;O)</translation>
    </message>
    <message>
        <source>Creates the selected assigned users in Insightly now instead of waiting for the next provisioning cycle (at most 5 users per 10 seconds).</source>
        <translation>次のプロビジョニング サイクルを待たずに、選択した割り当て済みユーザーを今すぐ Insightly に作成します (10 秒あたり最大 5 ユーザー)。</translation>
    </message>
    <message>
        <source>Provisioning results</source>
        <translation>プロビジョニングの結果</translation>
    </message>
    <message>
        <source>User or step</source>
        <translation>ユーザーまたはステップ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (グループ)</translation>
    </message>
    <message>
        <source>%1 (user)</source>
        <translation>%1 (ユーザー)</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateHandoff</name>
    <message>
        <source>The certificate file is not exported yet.</source>
        <translation>証明書ファイルはまだエクスポートされていません。</translation>
    </message>
    <message>
        <source>Insightly&apos;s file field will get %1.</source>
        <translation>Insightly のファイル フィールドには %1 が設定されます。</translation>
    </message>
    <message>
        <source>%1 was chosen in Insightly; now click Upload.</source>
        <translation>Insightly で %1 が選択されました。「Upload」をクリックしてください。</translation>
    </message>
    <message>
        <source>Insightly holds the certificate %1.</source>
        <translation>Insightly は証明書 %1 を保持しています。</translation>
    </message>
    <message>
        <source>Insightly holds another certificate (%1), not %2: upload %3.</source>
        <translation>Insightly は %2 ではなく別の証明書 (%1) を保持しています: %3 をアップロードしてください。</translation>
    </message>
    <message>
        <source>Insightly accepted the certificate: the sign-in test passed.</source>
        <translation>Insightly が証明書を受け入れました: サインイン テストに合格しました。</translation>
    </message>
</context>
<context>
    <name>insightly::CertificateRotationFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>キャンセルしました。もう一度開始すると、中断したところから続行します。</translation>
    </message>
    <message>
        <source>This step of the rotation did not finish.</source>
        <translation>ロールオーバーのこの手順は完了しませんでした。</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>既存のセットアップを探しています…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>このテナントには Insightly SAML アプリケーションが複数あります。</translation>
    </message>
    <message>
        <source>The wizard cannot tell which one Insightly signs in with.</source>
        <translation>Insightly がどのアプリケーションでサインインするか、ウィザードでは判断できません。</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its certificate.</source>
        <translation>新しいセットアップを実行し、手順 1 でアプリケーションを選択してから、その証明書をロールオーバーしてください。</translation>
    </message>
    <message>
        <source>Reading the SAML signing certificates…</source>
        <translation>SAML 署名証明書を読み取っています…</translation>
    </message>
    <message>
        <source>The Insightly SAML application has no active signing certificate.</source>
        <translation>Insightly SAML アプリケーションにアクティブな署名証明書がありません。</translation>
    </message>
    <message>
        <source>There is nothing to rotate: Entra does not sign Insightly sign-ins yet.</source>
        <translation>ロールオーバーの対象がありません。Entra はまだ Insightly へのサインインに署名していません。</translation>
    </message>
    <message>
        <source>Run a new setup: its step 2 creates and activates the signing certificate.</source>
        <translation>新しいセットアップを実行してください。その手順 2 で署名証明書が作成され、アクティブになります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with %1.</source>
        <translation>&lt;b&gt;ロールオーバーが完了しました。&lt;/b&gt;Entra は %1 で署名しています。</translation>
    </message>
    <message>
        <source>Choose the validity, then create the new certificate.</source>
        <translation>有効期間を選択してから、新しい証明書を作成してください。</translation>
    </message>
    <message>
        <source>Creating the new signing certificate…</source>
        <translation>新しい署名証明書を作成しています…</translation>
    </message>
    <message>
        <source>Exporting the new certificate (Base64)…</source>
        <translation>新しい証明書をエクスポートしています (Base64)…</translation>
    </message>
    <message>
        <source>Previous certificate</source>
        <translation>以前の証明書</translation>
    </message>
    <message>
        <source>The new certificate is active. Test one sign-in, then remove the old certificate — or roll back.</source>
        <translation>新しい証明書はアクティブです。サインインを 1 回テストしてから古い証明書を削除するか、ロールバックしてください。</translation>
    </message>
    <message>
        <source>Exported. Upload the previous certificate in Insightly again, or upload the new one and activate it to retry.</source>
        <translation>エクスポートしました。以前の証明書を Insightly にもう一度アップロードするか、新しい証明書をアップロードしてアクティブにし、再試行してください。</translation>
    </message>
    <message>
        <source>Upload the new certificate in the Insightly tab, then activate it here at once.</source>
        <translation>Insightly タブで新しい証明書をアップロードし、すぐにここでアクティブにしてください。</translation>
    </message>
    <message>
        <source>Activating the new certificate…</source>
        <translation>新しい証明書をアクティブにしています…</translation>
    </message>
    <message>
        <source>The new certificate is active: Entra signs with it. Test one sign-in now.</source>
        <translation>新しい証明書はアクティブです。Entra はこの証明書で署名します。今すぐサインインを 1 回テストしてください。</translation>
    </message>
    <message>
        <source>Removing the old certificate…</source>
        <translation>古い証明書を削除しています…</translation>
    </message>
    <message>
        <source>The old certificate is removed.</source>
        <translation>古い証明書を削除しました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The rotation is complete.&lt;/b&gt; Entra signs with the new certificate %1, which Insightly holds; the old certificate %2 is removed from the application.</source>
        <translation>&lt;b&gt;ロールオーバーが完了しました。&lt;/b&gt;Entra は Insightly が保持している新しい証明書 %1 で署名しています。古い証明書 %2 はアプリケーションから削除されました。</translation>
    </message>
    <message>
        <source>Going back to the previous certificate…</source>
        <translation>以前の証明書に戻しています…</translation>
    </message>
    <message>
        <source>Rolled back: Entra signs with the previous certificate again.</source>
        <translation>ロールバックしました。Entra は再び以前の証明書で署名しています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back.&lt;/b&gt; Entra signs with the previous certificate %1 again. &lt;b&gt;Now upload the previous certificate back in Insightly&lt;/b&gt; (%2): Insightly still holds the new one, so sign-ins fail until you do. The new certificate stays on the application, not active: run the rotation again to retry with it.</source>
        <translation>&lt;b&gt;ロールバックしました。&lt;/b&gt;Entra は再び以前の証明書 %1 で署名しています。&lt;b&gt;以前の証明書を Insightly にもう一度アップロードしてください&lt;/b&gt; (%2)。Insightly はまだ新しい証明書を保持しているため、アップロードするまでサインインは失敗します。新しい証明書は非アクティブのままアプリケーションに残ります。ロールオーバーをもう一度実行すると、その証明書で再試行できます。</translation>
    </message>
</context>
<context>
    <name>insightly::ChangePlanPanel</name>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>変更される内容</translation>
    </message>
    <message>
        <source>What will change: not read yet</source>
        <translation>変更される内容: まだ読み取っていません</translation>
    </message>
    <message>
        <source>Changes this step will make</source>
        <translation>このステップで行われる変更</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>What will change: sign in to read it</source>
        <translation>変更される内容: 読み取るにはサインインしてください</translation>
    </message>
    <message>
        <source>What will change: reading Microsoft Entra…</source>
        <translation>変更される内容: Microsoft Entra を読み取っています…</translation>
    </message>
    <message>
        <source>What will change: could not be read (%1)</source>
        <translation>変更される内容: 読み取れませんでした (%1)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1「%2」</translation>
    </message>
    <message>
        <source>you, in Insightly</source>
        <translation>自分で Insightly で行います</translation>
    </message>
    <message>
        <source>What will change: %1</source>
        <translation>変更される内容: %1</translation>
    </message>
</context>
<context>
    <name>insightly::EmbeddedBrowser</name>
    <message>
        <source>Address of the page shown</source>
        <translation>表示中のページのアドレス</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>ページの読み込みの進行状況</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web ページ</translation>
    </message>
    <message>
        <source>Not secure — </source>
        <translation>安全ではありません — </translation>
    </message>
    <message>
        <source>The page %1 could not be opened: %2</source>
        <translation>ページ %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The connection to %1 is not secure, so the page was not opened. %2
%3</source>
        <translation>%1 への接続は安全ではないため、ページを開きませんでした。%2
%3</translation>
    </message>
</context>
<context>
    <name>insightly::FailurePanel</name>
    <message>
        <source>What went wrong</source>
        <translation>問題の内容</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>診断情報をコピー(&amp;D)</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>診断情報をコピー</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyHandoffPanel</name>
    <message>
        <source>Upload the certificate to Insightly</source>
        <translation>証明書を Insightly にアップロードする</translation>
    </message>
    <message>
        <source>Steps to upload the certificate in Insightly</source>
        <translation>Insightly で証明書をアップロードする手順</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>Insightly の SAML 設定を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Certificate offered to Insightly</source>
        <translation>Insightly に提示する証明書</translation>
    </message>
    <message>
        <source>Upload the new certificate to Insightly</source>
        <translation>新しい証明書を Insightly にアップロードする</translation>
    </message>
    <message>
        <source>&lt;li&gt;In the Insightly tab, sign in as an administrator and open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; — &lt;i&gt;Open Insightly&apos;s SAML settings&lt;/i&gt; does it for you.&lt;/li&gt;&lt;li&gt;Click the identity provider certificate&apos;s file field: the wizard offers &lt;b&gt;Insightly SAML.cer&lt;/b&gt; already chosen.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Upload&lt;/b&gt;.&lt;/li&gt;</source>
        <translation>&lt;li&gt;[Insightly] タブで管理者としてサインインし、&lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; を開きます — &lt;i&gt;Insightly の SAML 設定を開く&lt;/i&gt; で自動的に開けます。&lt;/li&gt;&lt;li&gt;ID プロバイダー証明書のファイル フィールドをクリックします: ウィザードにより &lt;b&gt;Insightly SAML.cer&lt;/b&gt; が選択済みの状態で表示されます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Upload&lt;/b&gt; をクリックします。&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Then activate the new certificate here at once: sign-ins fail between the upload and the activation.</source>
        <translation>その後、すぐにここで新しい証明書をアクティブにしてください: アップロードしてからアクティブにするまでの間、サインインは失敗します。</translation>
    </message>
    <message>
        <source>Do &lt;b&gt;not&lt;/b&gt; tick &lt;i&gt;Enforce SAML Login&lt;/i&gt; yet: test the sign-in first.</source>
        <translation>&lt;i&gt;Enforce SAML Login&lt;/i&gt; はまだオンに&lt;b&gt;しないでください&lt;/b&gt;: 先にサインインをテストしてください。</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the Insightly tab</source>
        <translation>[Insightly] タブで Insightly の SAML 設定を開きます</translation>
    </message>
</context>
<context>
    <name>insightly::InsightlyRestClient</name>
    <message>
        <source>The API key belongs to %1, who is deactivated in Insightly.</source>
        <translation>API キーは %1 のものですが、このユーザーは Insightly で無効化されています。</translation>
    </message>
    <message>
        <source>A deactivated user&apos;s key cannot be used for the setup.</source>
        <translation>無効化されたユーザーのキーはセットアップに使用できません。</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an active administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>アクティブな管理者として Insightly にサインインし、そのユーザーのキーを「User Settings › API」からコピーしてください。</translation>
    </message>
    <message>
        <source>The API key belongs to %1, who is not an Insightly administrator.</source>
        <translation>API キーは %1 のものですが、このユーザーは Insightly の管理者ではありません。</translation>
    </message>
    <message>
        <source>Only administrators can set up SAML single sign-on and SCIM provisioning in Insightly.</source>
        <translation>Insightly で SAML シングル サインオンと SCIM プロビジョニングを設定できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>Sign in to Insightly as an administrator and copy that user&apos;s key from User Settings › API.</source>
        <translation>管理者として Insightly にサインインし、そのユーザーのキーを「User Settings › API」からコピーしてください。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>要求は取り消されました。</translation>
    </message>
    <message>
        <source>Insightly refused the API key: copy it again from User Settings › API.</source>
        <translation>Insightly が API キーを拒否しました。「User Settings › API」からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The key was mistyped, belongs to another Insightly instance or pod, or was reset.</source>
        <translation>キーの入力ミスか、別の Insightly インスタンスまたはポッドのキーであるか、キーがリセットされています。</translation>
    </message>
    <message>
        <source>In Insightly open User Settings › API, copy the API key, and paste it again.</source>
        <translation>Insightly で「User Settings › API」を開き、API キーをコピーしてもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>Insightly denied API access for this key.</source>
        <translation>Insightly はこのキーによる API アクセスを拒否しました。</translation>
    </message>
    <message>
        <source>An administrator can switch API access off per user, and some plans have no API access.</source>
        <translation>管理者はユーザーごとに API アクセスをオフにできます。また、一部のプランには API アクセスがありません。</translation>
    </message>
    <message>
        <source>Ask an Insightly administrator to allow API access for your user, or use an administrator&apos;s key.</source>
        <translation>Insightly の管理者に、使用しているユーザーの API アクセスの許可を依頼するか、管理者のキーを使用してください。</translation>
    </message>
    <message>
        <source>Insightly limits how many API requests a plan may make.</source>
        <translation>Insightly では、プランごとに API 要求の数が制限されています。</translation>
    </message>
    <message>
        <source>Limit: %1 requests; remaining: %2.</source>
        <translation>上限: %1 件の要求、残り: %2 件。</translation>
    </message>
    <message>
        <source>Insightly is limiting API requests (HTTP 429).</source>
        <translation>Insightly が API 要求を制限しています (HTTP 429)。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>%n 秒待ってから、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a while (the daily limit resets at midnight UTC) and try again.</source>
        <translation>しばらく待ってから (1 日の上限は UTC の午前 0 時にリセットされます)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Insightly&apos;s API had a problem (HTTP %1).</source>
        <translation>Insightly の API で問題が発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side.</source>
        <translation>Insightly 側のエラーです。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, contact Insightly support.</source>
        <translation>数分後にもう一度お試しください。問題が続く場合は、Insightly のサポートに連絡してください。</translation>
    </message>
    <message>
        <source>Insightly&apos;s API did not answer within %1 s.</source>
        <translation>Insightly の API が %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The service is slow or a proxy holds the connection.</source>
        <translation>サービスが低速か、プロキシが接続を保留しています。</translation>
    </message>
    <message>
        <source>Check your network and try again.</source>
        <translation>ネットワークを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The wizard could not establish a trusted connection to %1.</source>
        <translation>ウィザードは %1 との信頼できる接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>Its certificate is not trusted by this computer, or a proxy inspects HTTPS traffic.</source>
        <translation>その証明書がこのコンピューターで信頼されていないか、プロキシが HTTPS 通信を検査しています。</translation>
    </message>
    <message>
        <source>The wizard could not reach %1.</source>
        <translation>ウィザードは %1 に到達できませんでした。</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>接続に失敗しました (%1)。</translation>
    </message>
    <message>
        <source>Check the pod of your Insightly instance, your network and proxy settings, then try again.</source>
        <translation>Insightly インスタンスのポッド、ネットワークとプロキシの設定を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Insightly&apos;s API answered HTTP %1.</source>
        <translation>Insightly の API が HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>The API address may be wrong for this instance.</source>
        <translation>このインスタンスでは API のアドレスが間違っている可能性があります。</translation>
    </message>
    <message>
        <source>Check the pod shown in Insightly&apos;s User Settings › API.</source>
        <translation>Insightly の「User Settings › API」に表示されるポッドを確認してください。</translation>
    </message>
    <message>
        <source>The address did not answer like Insightly&apos;s API.</source>
        <translation>このアドレスは Insightly の API として応答しませんでした。</translation>
    </message>
    <message>
        <source>The answer to Users/Me has no user in it.</source>
        <translation>Users/Me への応答にユーザーが含まれていません。</translation>
    </message>
    <message>
        <source>The list of users is not a JSON array.</source>
        <translation>ユーザーの一覧が JSON 配列ではありません。</translation>
    </message>
    <message>
        <source>Insightly listed more than %1 users; the wizard stopped reading there.</source>
        <translation>Insightly が %1 人を超えるユーザーを返したため、ウィザードはそこで読み取りを停止しました。</translation>
    </message>
    <message>
        <source>A safety limit against lists that never end.</source>
        <translation>終わりのない一覧に対する安全上の上限です。</translation>
    </message>
    <message>
        <source>Check the users in Insightly directly.</source>
        <translation>Insightly でユーザーを直接確認してください。</translation>
    </message>
</context>
<context>
    <name>insightly::InstancePage</name>
    <message>
        <source>Your Insightly instance</source>
        <translation>お使いの Insightly インスタンス</translation>
    </message>
    <message>
        <source>Copy Insightly&apos;s Sign-in page URL into the wizard.</source>
        <translation>Insightly の「Sign-in page URL」をウィザードにコピーします。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in to Insightly in the tab below (or in your usual browser).&lt;/li&gt;&lt;li&gt;Open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Sign-in page URL&lt;/b&gt;. It looks like &lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt;.&lt;/li&gt;&lt;li&gt;Paste it here, or use &lt;i&gt;Take the URL from this page&lt;/i&gt;. The wizard uses it as both the Identifier (Entity ID) and the Reply URL.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Optionally give an Insightly API key (User Settings › API key): the wizard then confirms the instance and that you are an Insightly administrator.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;下のタブ (または普段使用しているブラウザー) で Insightly にサインインします。&lt;/li&gt;&lt;li&gt;&lt;b&gt;「System Settings」›「Security」›「SAML and SCIM」&lt;/b&gt;を開きます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;「Sign-in page URL」&lt;/b&gt;をコピーします。&lt;tt&gt;https://crm.na1.insightly.com/user/saml?instanceId=…&lt;/tt&gt; のような形式です。&lt;/li&gt;&lt;li&gt;ここに貼り付けるか、&lt;i&gt;[このページから URL を取得]&lt;/i&gt; を使用します。ウィザードはこれを識別子 (エンティティ ID) と応答 URL の両方として使用します。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;必要に応じて Insightly API キー (「User Settings › API key」) を入力してください。ウィザードがインスタンスと、キーの所有者が Insightly 管理者であることを確認します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insightly Sign-in page URL</source>
        <translation>Insightly の「Sign-in page URL」</translation>
    </message>
    <message>
        <source>&amp;Sign-in page URL:</source>
        <translation>「Sign-in page URL」(&amp;S):</translation>
    </message>
    <message>
        <source>Check of the Sign-in page URL</source>
        <translation>「Sign-in page URL」の確認</translation>
    </message>
    <message>
        <source>Insightly pod</source>
        <translation>Insightly のポッド</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>ポッド:</translation>
    </message>
    <message>
        <source>Insightly API key (optional)</source>
        <translation>Insightly API キー (省略可能)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>Check &amp;key</source>
        <translation>キーを確認(&amp;K)</translation>
    </message>
    <message>
        <source>Check the Insightly API key</source>
        <translation>Insightly API キーを確認します</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>Insightly API キー(&amp;A):</translation>
    </message>
    <message>
        <source>Result of the API key check</source>
        <translation>API キーの確認結果</translation>
    </message>
    <message>
        <source>Insightly pod to open</source>
        <translation>開く Insightly のポッド</translation>
    </message>
    <message>
        <source>&amp;Open Insightly&apos;s SAML settings</source>
        <translation>Insightly の SAML 設定を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open Insightly&apos;s SAML settings in the tab below</source>
        <translation>下のタブで Insightly の SAML 設定を開きます</translation>
    </message>
    <message>
        <source>&amp;Take the URL from this page</source>
        <translation>このページから URL を取得(&amp;T)</translation>
    </message>
    <message>
        <source>Take the Sign-in page URL from the Insightly page</source>
        <translation>Insightly のページから「Sign-in page URL」を取得します</translation>
    </message>
    <message>
        <source>Paste Insightly&apos;s Sign-in page URL.</source>
        <translation>Insightly の「Sign-in page URL」を貼り付けてください。</translation>
    </message>
    <message>
        <source>This is a Sign-in page URL (instance %1).</source>
        <translation>これは「Sign-in page URL」です (インスタンス %1)。</translation>
    </message>
    <message>
        <source>The Sign-in page URL is not on the page shown. Sign in to Insightly, open System Settings › Security › SAML and SCIM, then try again — or copy the URL by hand.</source>
        <translation>表示されているページに「Sign-in page URL」がありません。Insightly にサインインし、「System Settings」›「Security」›「SAML and SCIM」を開いてから、もう一度お試しください。または、URL を手動でコピーしてください。</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>先に API キーを入力してください。</translation>
    </message>
    <message>
        <source>Enter a valid Sign-in page URL first: it names the instance.</source>
        <translation>先に有効な「Sign-in page URL」を入力してください。インスタンスはこの URL で特定されます。</translation>
    </message>
    <message>
        <source>Checking the key with Insightly…</source>
        <translation>Insightly でキーを確認しています…</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator of this Insightly instance. It was saved in the system keychain.</source>
        <translation>このキーは、この Insightly インスタンスの管理者である %1 のものです。システム キーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The key belongs to %1, an administrator, but it could not be saved: %2</source>
        <translation>このキーは管理者である %1 のものですが、保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>insightly::ItemDetails</name>
    <message>
        <source>The selected row in full</source>
        <translation>選択した行の全体</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckFlow</name>
    <message>
        <source>The lockout check cannot run yet.</source>
        <translation>ロックアウト チェックはまだ実行できません。</translation>
    </message>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Microsoft Entra ID にサインインしていません。</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>サインインの手順に戻ってサインインしてください。</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>Insightly SAML エンタープライズ アプリケーションはまだ不明です。</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>手順 1 に戻り、アプリケーションを追加または選択してください。</translation>
    </message>
    <message>
        <source>Your Insightly instance is not known yet.</source>
        <translation>Insightly インスタンスがまだ不明です。</translation>
    </message>
    <message>
        <source>Go back to the Insightly instance page and confirm your Sign-in page URL.</source>
        <translation>Insightly インスタンスのページに戻り、「Sign-in page URL」を確認してください。</translation>
    </message>
    <message>
        <source>The Insightly API key is needed for this check.</source>
        <translation>この確認には Insightly API キーが必要です。</translation>
    </message>
    <message>
        <source>It reads Insightly&apos;s user list to compare it with the assignments in Entra.</source>
        <translation>Insightly のユーザー一覧を読み取り、Entra の割り当てと比較します。</translation>
    </message>
    <message>
        <source>In Insightly, open User Settings › API key, copy it, and paste it here.</source>
        <translation>Insightly で「User Settings › API key」を開き、キーをコピーしてここに貼り付けてください。</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>チェックを実行できませんでした。</translation>
    </message>
    <message>
        <source>Comparing Insightly&apos;s users with the assignments in Entra…</source>
        <translation>Insightly のユーザーを Entra の割り当てと比較しています…</translation>
    </message>
    <message numerus="yes">
        <source>Every active Insightly user (%n) can sign in through Entra.</source>
        <translation>
            <numerusform>アクティブな Insightly ユーザー (%n 人) 全員が Entra 経由でサインインできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 active Insightly user(s) could not sign in once SAML login is enforced.</source>
        <translation>
            <numerusform>SAML ログインを強制すると、アクティブな Insightly ユーザー %1 人のうち %n 人がサインインできなくなります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them can be fixed by assigning their Entra user.</source>
        <translation>
            <numerusform>そのうち %n 人は、対応する Entra ユーザーを割り当てることで解決できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insightly has more users than the check reads; the list may be incomplete.</source>
        <translation>Insightly のユーザー数がチェックで読み取る数を超えています。一覧が不完全な可能性があります。</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>You: %1</source>
        <translation>サインイン中のアカウント: %1</translation>
    </message>
    <message>
        <source> — Entra user %1 is not assigned</source>
        <translation> — Entra ユーザー %1 は割り当てられていません</translation>
    </message>
    <message>
        <source> — no Entra user with this e-mail</source>
        <translation> — このメール アドレスの Entra ユーザーはいません</translation>
    </message>
</context>
<context>
    <name>insightly::LockoutCheckPanel</name>
    <message>
        <source>What the lockout check does</source>
        <translation>ロックアウト チェックの内容</translation>
    </message>
    <message>
        <source>Once Enforce SAML Login is ticked in Insightly, only users assigned in Entra can sign in. The check compares Insightly&apos;s active users with the assignments. It reads Insightly&apos;s user list with your API key (Insightly: User Settings › API key), kept in the system keychain.</source>
        <translation>Insightly で「Enforce SAML Login」をオンにすると、Entra で割り当てられたユーザーだけがサインインできます。このチェックでは、Insightly のアクティブなユーザーと割り当てを比較します。Insightly のユーザー一覧は、システム キーチェーンに保存された自分の API キー (Insightly:「User Settings › API key」) で読み取ります。</translation>
    </message>
    <message>
        <source>Insightly API key</source>
        <translation>Insightly API キー</translation>
    </message>
    <message>
        <source>Empty: the key kept in the keychain</source>
        <translation>空欄: キーチェーンに保存されたキーを使用</translation>
    </message>
    <message>
        <source>Insightly &amp;API key:</source>
        <translation>Insightly API キー(&amp;A):</translation>
    </message>
    <message>
        <source>Check for &amp;lockouts</source>
        <translation>ロックアウトを確認(&amp;L)</translation>
    </message>
    <message>
        <source>Result of the lockout check</source>
        <translation>ロックアウト チェックの結果</translation>
    </message>
    <message>
        <source>Insightly users who could not sign in</source>
        <translation>サインインできない Insightly ユーザー</translation>
    </message>
    <message>
        <source>Assign the &amp;matching Entra users</source>
        <translation>対応する Entra ユーザーを割り当て(&amp;H)</translation>
    </message>
    <message>
        <source>Assigning the matching Entra users…</source>
        <translation>対応する Entra ユーザーを割り当てています…</translation>
    </message>
</context>
<context>
    <name>insightly::OperationView</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>%1 の進行状況</translation>
    </message>
</context>
<context>
    <name>insightly::PreflightView</name>
    <message>
        <source>Tenant:</source>
        <translation>テナント:</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインイン中のアカウント:</translation>
    </message>
    <message>
        <source>Roles and permissions checked before any change</source>
        <translation>変更前に確認したロールとアクセス許可</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
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
        <translation>✓ ウィザードに必要なものはすべて揃っています。まだ何も変更していません。</translation>
    </message>
    <message>
        <source>✗ Something the wizard needs is missing. Nothing has been changed. Fix the rows marked ✗, then sign in again.</source>
        <translation>✗ ウィザードに必要なものが不足しています。何も変更していません。✗ の付いた行を修正してから、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>テナント</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>サインインしたアカウント</translation>
    </message>
    <message>
        <source>Result of the checks</source>
        <translation>チェックの結果</translation>
    </message>
</context>
<context>
    <name>insightly::ReminderSchedule</name>
    <message>
        <source>The weekly check needs the program&apos;s path and the tenant.</source>
        <translation>毎週のチェックには、プログラムのパスとテナントが必要です。</translation>
    </message>
    <message>
        <source>The schedule could not be written to %1.</source>
        <translation>スケジュールを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>The weekly check is saved in %1, but no user systemd runs here to start it. It starts with your next desktop session, or now with: systemctl --user enable --now %2.timer</source>
        <translation>毎週のチェックは %1 に保存されましたが、ここではユーザーの systemd が実行されていないため開始できません。次回のデスクトップ セッションで開始されます。今すぐ開始するには次を実行してください: systemctl --user enable --now %2.timer</translation>
    </message>
    <message>
        <source>The weekly check is saved, but systemd did not start its timer: %1</source>
        <translation>毎週のチェックは保存されましたが、systemd がタイマーを開始しませんでした: %1</translation>
    </message>
    <message>
        <source>The weekly check is saved, but launchd did not load it: %1</source>
        <translation>毎週のチェックは保存されましたが、launchd が読み込みませんでした: %1</translation>
    </message>
    <message>
        <source>Task Scheduler did not accept the weekly check: %1</source>
        <translation>タスク スケジューラが毎週のチェックを受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>The setup is now checked every Monday; you get a notification when it needs attention.</source>
        <translation>セットアップは毎週月曜日にチェックされるようになりました。対処が必要な場合は通知が届きます。</translation>
    </message>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>The weekly check is removed.</source>
        <translation>毎週のチェックを削除しました。</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupDialog</name>
    <message>
        <source>Removed:</source>
        <translation>削除されるもの:</translation>
    </message>
    <message>
        <source>Not touched:</source>
        <translation>変更されないもの:</translation>
    </message>
    <message>
        <source>In Insightly (the wizard cannot do this for you):</source>
        <translation>Insightly で (ウィザードでは代わりに行えません):</translation>
    </message>
    <message>
        <source>Remove what this wizard created</source>
        <translation>このウィザードで作成したものを削除</translation>
    </message>
    <message>
        <source>What will be removed</source>
        <translation>削除されるもの</translation>
    </message>
    <message>
        <source>I have &amp;unticked Enforce SAML Login in Insightly, or I accept that SAML sign-in stops working</source>
        <translation>Insightly で「Enforce SAML Login」をオフにしました。または、SAML サインインが機能しなくなることを了承します(&amp;U)</translation>
    </message>
    <message>
        <source>Removal status</source>
        <translation>削除の状態</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep everything</source>
        <translation>すべて保持(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>削除しました: %1</translation>
    </message>
    <message>
        <source>Already removed: %1</source>
        <translation>既に削除済み: %1</translation>
    </message>
</context>
<context>
    <name>insightly::RemoveSetupFlow</name>
    <message>
        <source>Nothing was removed: the wizard is not signed in to Microsoft Entra.</source>
        <translation>何も削除されていません: ウィザードは Microsoft Entra にサインインしていません。</translation>
    </message>
    <message>
        <source>Sign in again, then remove the setup.</source>
        <translation>もう一度サインインしてから、セットアップを削除してください。</translation>
    </message>
    <message>
        <source>Deleting the Insightly SAML application in Microsoft Entra…</source>
        <translation>Microsoft Entra で Insightly SAML アプリケーションを削除しています…</translation>
    </message>
    <message>
        <source>Removing the setup&apos;s secrets from the system keychain…</source>
        <translation>セットアップのシークレットをシステム キーチェーンから削除しています…</translation>
    </message>
    <message>
        <source>A secret could not be removed from the system keychain.</source>
        <translation>シークレットをシステム キーチェーンから削除できませんでした。</translation>
    </message>
    <message>
        <source>Unlock the keychain and remove the setup again: what was already removed stays removed.</source>
        <translation>キーチェーンのロックを解除して、もう一度セットアップを削除してください: 既に削除されたものは削除されたままです。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>削除しました。</translation>
    </message>
</context>
<context>
    <name>insightly::RotateCertificatePage</name>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>SAML 署名証明書をロールオーバーする</translation>
    </message>
    <message>
        <source>A new certificate for Insightly with the shortest possible cut-over, and a way back.</source>
        <translation>切り替え時間を最小限に抑え、元に戻す手段も備えた Insightly 用の新しい証明書。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Create the new certificate: Entra keeps signing with the current one.&lt;/li&gt;&lt;li&gt;Upload the new &lt;b&gt;Certificate (Base64)&lt;/b&gt; in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;At once, &lt;b&gt;activate&lt;/b&gt; it here: Insightly holds one certificate, so sign-ins fail between the upload and the activation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test&lt;/b&gt; one sign-in.&lt;/li&gt;&lt;li&gt;It works: &lt;b&gt;remove the old certificate&lt;/b&gt;. It does not: &lt;b&gt;roll back&lt;/b&gt; and upload the previous certificate in Insightly again.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;新しい証明書を作成します。Entra は引き続き現在の証明書で署名します。&lt;/li&gt;&lt;li&gt;新しい&lt;b&gt;証明書 (Base64)&lt;/b&gt; を Insightly の SAML 設定にアップロードします。&lt;/li&gt;&lt;li&gt;すぐにここで&lt;b&gt;アクティブにします&lt;/b&gt;。Insightly は証明書を 1 つしか保持しないため、アップロードからアクティブ化までの間はサインインが失敗します。&lt;/li&gt;&lt;li&gt;サインインを 1 回&lt;b&gt;テスト&lt;/b&gt;します。&lt;/li&gt;&lt;li&gt;成功した場合は&lt;b&gt;古い証明書を削除します&lt;/b&gt;。失敗した場合は&lt;b&gt;ロールバック&lt;/b&gt;し、以前の証明書を Insightly にもう一度アップロードします。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The current signing certificate</source>
        <translation>現在の署名証明書</translation>
    </message>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>既存のセットアップを探しています…</translation>
    </message>
    <message>
        <source>Validity of the new signing certificate, in years</source>
        <translation>新しい署名証明書の有効期間 (年)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>新しい証明書の有効期間(&amp;V):</translation>
    </message>
    <message>
        <source>Folder for the new and the previous certificate files</source>
        <translation>新しい証明書と以前の証明書のファイルを保存するフォルダー</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Certificate rotation</source>
        <translation>証明書のロールオーバー</translation>
    </message>
    <message>
        <source>Choose the folder for the certificate files</source>
        <translation>証明書ファイルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>ファイルの保存先(&amp;I):</translation>
    </message>
    <message>
        <source>C&amp;reate the new certificate</source>
        <translation>新しい証明書を作成(&amp;R)</translation>
    </message>
    <message>
        <source>Create the new signing certificate, not active yet, and export it</source>
        <translation>新しい署名証明書を作成 (まだアクティブにしない) してエクスポート</translation>
    </message>
    <message>
        <source>Cancel the running certificate operation</source>
        <translation>実行中の証明書の操作をキャンセル</translation>
    </message>
    <message>
        <source>Exported certificate files</source>
        <translation>エクスポートされた証明書ファイル</translation>
    </message>
    <message>
        <source>How the cut-over works</source>
        <translation>切り替えのしくみ</translation>
    </message>
    <message>
        <source>&amp;Activate the new certificate</source>
        <translation>新しい証明書をアクティブにする(&amp;A)</translation>
    </message>
    <message>
        <source>Activate the new certificate in Entra (after the upload in Insightly)</source>
        <translation>Entra で新しい証明書をアクティブにする (Insightly へのアップロード後)</translation>
    </message>
    <message>
        <source>Re&amp;move the old certificate</source>
        <translation>古い証明書を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the old signing certificate from the application</source>
        <translation>古い署名証明書をアプリケーションから削除</translation>
    </message>
    <message>
        <source>Roll back: make the previous certificate active again</source>
        <translation>ロールバック: 以前の証明書をもう一度アクティブにする</translation>
    </message>
    <message>
        <source>Result of the rotation</source>
        <translation>ロールオーバーの結果</translation>
    </message>
    <message>
        <source>&amp;Look for the setup again</source>
        <translation>セットアップをもう一度探す(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>new, not active yet</source>
        <translation>新規、まだアクティブではない</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>以前の証明書</translation>
    </message>
    <message>
        <source>%1 — %2, expires %3 (%4)</source>
        <translation>%1 — %2、有効期限 %3 (%4)</translation>
    </message>
    <message>
        <source>The application has no signing certificate.</source>
        <translation>アプリケーションに署名証明書がありません。</translation>
    </message>
    <message>
        <source>Signing certificates of the Insightly SAML application:</source>
        <translation>Insightly SAML アプリケーションの署名証明書:</translation>
    </message>
    <message>
        <source>Folder for the certificate files</source>
        <translation>証明書ファイルのフォルダー</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>ウィザードが書き込めるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>New certificate: %1
Previous certificate, for a rollback: %2</source>
        <translation>新しい証明書: %1
以前の証明書 (ロールバック用): %2</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>the rotation</source>
        <translation>ロールオーバー</translation>
    </message>
    <message>
        <source>&lt;b&gt;The cut-over.&lt;/b&gt; Insightly holds one certificate: from the moment you upload the new one until you click &lt;i&gt;Activate the new certificate&lt;/i&gt;, sign-ins to Insightly fail. Upload it in the Insightly tab, then activate it here right away.</source>
        <translation>&lt;b&gt;切り替えについて。&lt;/b&gt; Insightly が保持できる証明書は 1 つです: 新しい証明書をアップロードしてから &lt;i&gt;新しい証明書をアクティブにする&lt;/i&gt; をクリックするまでの間、Insightly へのサインインは失敗します。[Insightly] タブでアップロードしたら、すぐにここでアクティブにしてください。</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>サインイン テスト</translation>
    </message>
    <message>
        <source>Roll bac&amp;k</source>
        <translation>ロールバック(&amp;K)</translation>
    </message>
    <message>
        <source>Ex&amp;port the certificates again</source>
        <translation>証明書をもう一度エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>insightly::RotateScimTokenPage</name>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>SCIM トークンをロールオーバーする</translation>
    </message>
    <message>
        <source>A new Secret Token from Insightly, tested and saved in Entra.</source>
        <translation>Insightly の新しいシークレット トークンをテストし、Entra に保存します。</translation>
    </message>
    <message>
        <source>Where to regenerate the token</source>
        <translation>トークンを再生成する場所</translation>
    </message>
    <message>
        <source>New Secret Token (Insightly&apos;s regenerated SCIM token)</source>
        <translation>新しいシークレット トークン (Insightly で再生成された SCIM トークン)</translation>
    </message>
    <message>
        <source>the new token Insightly shows after Regenerate</source>
        <translation>「Regenerate」 の後に Insightly に表示される新しいトークン</translation>
    </message>
    <message>
        <source>New Secret &amp;Token:</source>
        <translation>新しいシークレット トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Test and &amp;save the new token</source>
        <translation>新しいトークンをテストして保存(&amp;S)</translation>
    </message>
    <message>
        <source>Test the new token and save it in Microsoft Entra</source>
        <translation>新しいトークンをテストして Microsoft Entra に保存</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the running test or save</source>
        <translation>実行中のテストまたは保存をキャンセル</translation>
    </message>
    <message>
        <source>Progress of the token rotation</source>
        <translation>トークンのロールオーバーの進行状況</translation>
    </message>
    <message>
        <source>Result of the token rotation</source>
        <translation>トークンのロールオーバーの結果</translation>
    </message>
    <message>
        <source>System Settings › Security › SAML and SCIM</source>
        <translation>System Settings › Security › SAML and SCIM</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, open &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Regenerate&lt;/b&gt; next to the SCIM token. &lt;b&gt;The old token stops working at once&lt;/b&gt;: provisioning fails until the new one is saved here.&lt;/li&gt;&lt;li&gt;Copy the new token and paste it in the &lt;b&gt;New token&lt;/b&gt; tab.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test and save&lt;/b&gt;: the wizard and Microsoft Entra test it; Entra keeps it only when its test passed.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;[&lt;b&gt;Insightly&lt;/b&gt;] タブで &lt;b&gt;System Settings › Security › SAML and SCIM&lt;/b&gt; を開きます。&lt;/li&gt;&lt;li&gt;SCIM トークンの横にある &lt;b&gt;Regenerate&lt;/b&gt; をクリックします。&lt;b&gt;古いトークンはすぐに機能しなくなります&lt;/b&gt;: 新しいトークンをここで保存するまで、プロビジョニングは失敗します。&lt;/li&gt;&lt;li&gt;新しいトークンをコピーして、[&lt;b&gt;新しいトークン&lt;/b&gt;] タブに貼り付けます。&lt;/li&gt;&lt;li&gt;&lt;b&gt;テストして保存&lt;/b&gt;: ウィザードと Microsoft Entra がテストします。Entra はテストに合格した場合にのみトークンを保持します。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>New token and Insightly</source>
        <translation>新しいトークンと Insightly</translation>
    </message>
    <message>
        <source>Ne&amp;w token</source>
        <translation>新しいトークン(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>Insightly(&amp;I)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regenerate cancels the old token at once.&lt;/b&gt; In the Insightly tab (%1), click &lt;b&gt;Regenerate&lt;/b&gt; under SCIM provisioning, copy the new token and paste it here. Until it is saved, Entra&apos;s provisioning to Insightly fails.</source>
        <translation>&lt;b&gt;「Regenerate」を実行すると、古いトークンはすぐに無効になります。&lt;/b&gt; [Insightly] タブ (%1) で SCIM プロビジョニングの下にある &lt;b&gt;Regenerate&lt;/b&gt; をクリックし、新しいトークンをコピーしてここに貼り付けてください。保存するまで、Entra から Insightly へのプロビジョニングは失敗します。</translation>
    </message>
</context>
<context>
    <name>insightly::SamlPage</name>
    <message>
        <source>Step 2 — Configure SAML single sign-on</source>
        <translation>手順 2 — SAML シングル サインオンを構成する</translation>
    </message>
    <message>
        <source>Identifier, Reply URL and the signing certificate; then the certificate goes to Insightly.</source>
        <translation>識別子、応答 URL、署名証明書を構成し、その後、証明書を Insightly に登録します。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Single sign-on method: &lt;b&gt;SAML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Identifier (Entity ID)&lt;/b&gt; and &lt;b&gt;Reply URL&lt;/b&gt;: Insightly&apos;s Sign-in page URL.&lt;/li&gt;&lt;li&gt;Download the &lt;b&gt;Certificate (Base64)&lt;/b&gt; (recommended) or the &lt;b&gt;Federation Metadata XML&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Upload it in Insightly&apos;s SAML settings.&lt;/li&gt;&lt;li&gt;Test the sign-in. Only then tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; in Insightly and save.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;シングル サインオン方式: &lt;b&gt;SAML&lt;/b&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;識別子 (エンティティ ID)&lt;/b&gt; と&lt;b&gt;応答 URL&lt;/b&gt;: Insightly の「Sign-in page URL」。&lt;/li&gt;&lt;li&gt;&lt;b&gt;証明書 (Base64)&lt;/b&gt; (推奨) または&lt;b&gt;フェデレーション メタデータ XML&lt;/b&gt; をダウンロードします。&lt;/li&gt;&lt;li&gt;Insightly の SAML 設定でアップロードします。&lt;/li&gt;&lt;li&gt;サインインをテストします。その後で初めて Insightly で&lt;b&gt;「Enforce SAML Login」&lt;/b&gt;をオンにして保存します。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Validity of a new signing certificate, in years</source>
        <translation>新しい署名証明書の有効期間 (年)</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>New certificate &amp;valid for:</source>
        <translation>新しい証明書の有効期間(&amp;V):</translation>
    </message>
    <message>
        <source>E-mail addresses notified before the certificate expires</source>
        <translation>証明書の有効期限前に通知するメール アドレス</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas (at most 5)</source>
        <translation>1 つ以上のアドレス (コンマ区切り、最大 5 件)</translation>
    </message>
    <message>
        <source>Expiry &amp;notifications to:</source>
        <translation>有効期限の通知先(&amp;M):</translation>
    </message>
    <message>
        <source>Con&amp;figure SAML</source>
        <translation>SAML を構成(&amp;F)</translation>
    </message>
    <message>
        <source>Configure SAML single sign-on and the signing certificate</source>
        <translation>SAML シングル サインオンと署名証明書を構成します</translation>
    </message>
    <message>
        <source>Cancel step 2</source>
        <translation>手順 2 をキャンセルします</translation>
    </message>
    <message>
        <source>Folder for the certificate and metadata files</source>
        <translation>証明書ファイルとメタデータ ファイルのフォルダー</translation>
    </message>
    <message>
        <source>Insightly SSO</source>
        <translation>Insightly SSO</translation>
    </message>
    <message>
        <source>Choose the folder for the files</source>
        <translation>ファイルのフォルダーを選択します</translation>
    </message>
    <message>
        <source>&amp;Export files</source>
        <translation>ファイルをエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export Certificate (Base64) and Federation Metadata XML</source>
        <translation>証明書 (Base64) とフェデレーション メタデータ XML をエクスポートします</translation>
    </message>
    <message>
        <source>Exported files</source>
        <translation>エクスポートしたファイル</translation>
    </message>
    <message>
        <source>Folder for the Insightly SAML files</source>
        <translation>Insightly SAML ファイルのフォルダー</translation>
    </message>
    <message>
        <source>Choose a folder the wizard can write to.</source>
        <translation>ウィザードが書き込めるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>%1 と %2 を保存しました。</translation>
    </message>
    <message>
        <source>Insightly</source>
        <translation>Insightly</translation>
    </message>
    <message>
        <source>step 2</source>
        <translation>手順 2</translation>
    </message>
    <message>
        <source>Entra&apos;s values and certificate setting&amp;s</source>
        <translation>Entra の値と証明書の設定(&amp;S)</translation>
    </message>
    <message>
        <source>Show Entra&apos;s SAML values and the certificate options</source>
        <translation>Entra の SAML の値と証明書のオプションを表示します</translation>
    </message>
    <message>
        <source>Save files &amp;in:</source>
        <translation>ファイルの保存先(&amp;I):</translation>
    </message>
    <message>
        <source>Sign-in test</source>
        <translation>サインイン テスト</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlSetupFlow</name>
    <message>
        <source>Cancelled. Start again to continue where it stopped.</source>
        <translation>キャンセルしました。もう一度開始すると、中断したところから続行します。</translation>
    </message>
    <message>
        <source>Step 2 did not finish.</source>
        <translation>手順 2 は完了しませんでした。</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>未開始です。</translation>
    </message>
    <message>
        <source>Turning on SAML single sign-on…</source>
        <translation>SAML シングル サインオンを有効にしています…</translation>
    </message>
    <message>
        <source>SAML is on; the active signing certificate is valid long enough and was kept.</source>
        <translation>SAML は有効です。アクティブな署名証明書の有効期間が十分にあるため、そのまま使用しました。</translation>
    </message>
    <message>
        <source>SAML is on, with a new signing certificate made active.</source>
        <translation>SAML は有効です。新しい署名証明書をアクティブにしました。</translation>
    </message>
    <message>
        <source>SAML is configured. Upload the certificate in the Insightly tab, then test the sign-in.</source>
        <translation>SAML を構成しました。[Insightly] タブで証明書をアップロードしてから、サインインをテストしてください。</translation>
    </message>
    <message>
        <source>The sign-in works. Tick Enforce SAML Login in Insightly, save, then confirm here.</source>
        <translation>サインインは機能しています。Insightly で「Enforce SAML Login」をオンにして保存してから、ここで確認してください。</translation>
    </message>
    <message>
        <source>Step 2 is complete: the sign-in works and SAML login is enforced in Insightly.</source>
        <translation>手順 2 が完了しました: サインインは機能し、Insightly で SAML ログインが強制されています。</translation>
    </message>
    <message>
        <source>Exporting Certificate (Base64) and Federation Metadata XML…</source>
        <translation>証明書 (Base64) とフェデレーション メタデータ XML をエクスポートしています…</translation>
    </message>
</context>
<context>
    <name>insightly::SamlValuesPanel</name>
    <message>
        <source>Set up Insightly SAML — the values Entra shows</source>
        <translation>Insightly SAML の設定 — Entra に表示される値</translation>
    </message>
    <message>
        <source>Login URL:</source>
        <translation>ログイン URL:</translation>
    </message>
    <message>
        <source>Login URL</source>
        <translation>ログイン URL</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier:</source>
        <translation>Microsoft Entra 識別子:</translation>
    </message>
    <message>
        <source>Microsoft Entra Identifier</source>
        <translation>Microsoft Entra 識別子</translation>
    </message>
    <message>
        <source>Logout URL:</source>
        <translation>ログアウト URL:</translation>
    </message>
    <message>
        <source>Logout URL</source>
        <translation>ログアウト URL</translation>
    </message>
    <message>
        <source>Certificate thumbprint:</source>
        <translation>証明書の拇印:</translation>
    </message>
    <message>
        <source>Thumbprint of the active signing certificate</source>
        <translation>アクティブな署名証明書の拇印</translation>
    </message>
    <message>
        <source>Certificate expires:</source>
        <translation>証明書の有効期限:</translation>
    </message>
    <message>
        <source>Expiry of the active signing certificate</source>
        <translation>アクティブな署名証明書の有効期限</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
</context>
<context>
    <name>insightly::SavedSession</name>
    <message>
        <source>No setup was found on this computer.</source>
        <translation>このコンピューターにセットアップが見つかりませんでした。</translation>
    </message>
    <message>
        <source>No setup of tenant %1 was found on this computer (known tenant ids: %2).</source>
        <translation>このコンピューターにテナント %1 のセットアップが見つかりませんでした (既知のテナント ID: %2)。</translation>
    </message>
    <message>
        <source>No setup for the Insightly instance %1 was found on this computer.</source>
        <translation>このコンピューターに Insightly インスタンス %1 のセットアップが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Run the wizard on this computer and sign in to the tenant once (or pass --tenant with the tenant id of a setup made here).</source>
        <translation>このコンピューターでウィザードを実行し、テナントに一度サインインしてください (または、ここで作成したセットアップのテナント ID を --tenant で指定してください)。</translation>
    </message>
    <message>
        <source>Not signed in: the saved session could not be used (%1)</source>
        <translation>サインインしていません。保存されたセッションを使用できませんでした (%1)</translation>
    </message>
    <message>
        <source>none is saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <source>Run the wizard and sign in: the saved session is then used.</source>
        <translation>ウィザードを実行してサインインしてください。以後は保存されたセッションが使われます。</translation>
    </message>
</context>
<context>
    <name>insightly::ScimCredentialsForm</name>
    <message>
        <source>Tenant URL (Insightly&apos;s SCIM endpoint)</source>
        <translation>テナント URL (Insightly の SCIM エンドポイント)</translation>
    </message>
    <message>
        <source>https://api.na1.insightly.com/scim/v2</source>
        <translation>https://api.na1.insightly.com/scim/v2</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Paste the Tenant URL</source>
        <translation>テナント URL を貼り付けます</translation>
    </message>
    <message>
        <source>Tenant &amp;URL:</source>
        <translation>テナント URL(&amp;U):</translation>
    </message>
    <message>
        <source>Paste the Secret Token</source>
        <translation>シークレット トークンを貼り付けます</translation>
    </message>
    <message>
        <source>Token: %1</source>
        <translation>トークン: %1</translation>
    </message>
    <message>
        <source>About the Tenant URL</source>
        <translation>テナント URL について</translation>
    </message>
    <message>
        <source>The Secret Token as read, masked</source>
        <translation>読み取ったシークレット トークン (マスク済み)</translation>
    </message>
    <message>
        <source>About the Secret Token</source>
        <translation>シークレット トークンについて</translation>
    </message>
</context>
<context>
    <name>insightly::ScimFlow</name>
    <message>
        <source>You are not signed in to Microsoft Entra ID.</source>
        <translation>Microsoft Entra ID にサインインしていません。</translation>
    </message>
    <message>
        <source>Go back to the sign-in step and sign in.</source>
        <translation>サインインの手順に戻ってサインインしてください。</translation>
    </message>
    <message>
        <source>The Insightly SAML enterprise application is not known yet.</source>
        <translation>Insightly SAML エンタープライズ アプリケーションはまだ不明です。</translation>
    </message>
    <message>
        <source>Go back to step 1 and add or choose the application.</source>
        <translation>手順 1 に戻り、アプリケーションを追加または選択してください。</translation>
    </message>
</context>
<context>
    <name>insightly::ScimPage</name>
    <message>
        <source>Step 3 — Connect SCIM provisioning</source>
        <translation>手順 3 — SCIM プロビジョニングを接続する</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM endpoint and token, tested and saved in Entra.</source>
        <translation>Insightly の SCIM エンドポイントとトークンをテストし、Entra に保存します。</translation>
    </message>
    <message>
        <source>Secret Token (Insightly&apos;s SCIM token)</source>
        <translation>シークレット トークン (Insightly の SCIM トークン)</translation>
    </message>
    <message>
        <source>the token Insightly shows</source>
        <translation>Insightly に表示されるトークン</translation>
    </message>
    <message>
        <source>Secret &amp;Token:</source>
        <translation>シークレット トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>テスト接続</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>保存して開始(&amp;S)</translation>
    </message>
    <message>
        <source>Save and start provisioning</source>
        <translation>保存してプロビジョニングを開始します</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>実行中の操作をキャンセルします</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>診断情報をコピー</translation>
    </message>
    <message>
        <source>(request ID %1)</source>
        <translation>(要求 ID %1)</translation>
    </message>
    <message>
        <source>Testing Insightly&apos;s SCIM endpoint from this computer and from Microsoft Entra…</source>
        <translation>このコンピューターと Microsoft Entra から Insightly の SCIM エンドポイントをテストしています…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>取り消されました。</translation>
    </message>
    <message>
        <source>Saving the Tenant URL and Secret Token in Microsoft Entra and starting provisioning…</source>
        <translation>テナント URL とシークレット トークンを Microsoft Entra に保存し、プロビジョニングを開始しています…</translation>
    </message>
    <message>
        <source>Saved. Provisioning is started.</source>
        <translation>保存しました。プロビジョニングが開始されました。</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;In the &lt;b&gt;Insightly&lt;/b&gt; tab, tick &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;SCIM endpoint&lt;/b&gt; into &lt;i&gt;Tenant URL&lt;/i&gt; and the &lt;b&gt;token&lt;/b&gt; into &lt;i&gt;Secret Token&lt;/i&gt; in the &lt;b&gt;SCIM connection&lt;/b&gt; tab (use the paste buttons).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Test connection&lt;/b&gt;: the wizard checks the endpoint from this computer and asks Microsoft Entra to test it too.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Save and start&lt;/b&gt;: Entra keeps the values and provisions the users and groups assigned to the app.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Regenerating the token in Insightly cancels the old one: paste the new one here and save again.&lt;/p&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;[&lt;b&gt;Insightly&lt;/b&gt;] タブで &lt;b&gt;Enable SCIM Provisioning&lt;/b&gt; をオンにし、&lt;b&gt;Save&lt;/b&gt; をクリックします。&lt;/li&gt;&lt;li&gt;[&lt;b&gt;SCIM 接続&lt;/b&gt;] タブで、&lt;b&gt;SCIM endpoint&lt;/b&gt; を &lt;i&gt;テナント URL&lt;/i&gt; に、&lt;b&gt;token&lt;/b&gt; を &lt;i&gt;シークレット トークン&lt;/i&gt; にコピーします (貼り付けボタンを使用します)。&lt;/li&gt;&lt;li&gt;&lt;b&gt;テスト接続&lt;/b&gt;: ウィザードがこのコンピューターからエンドポイントを確認し、Microsoft Entra にもテストを依頼します。&lt;/li&gt;&lt;li&gt;&lt;b&gt;保存して開始&lt;/b&gt;: Entra が値を保持し、アプリに割り当てられたユーザーとグループをプロビジョニングします。&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Insightly でトークンを再生成すると古いトークンは無効になります: 新しいトークンをここに貼り付けて、もう一度保存してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SCIM connection and Insightly</source>
        <translation>SCIM 接続と Insightly</translation>
    </message>
    <message>
        <source>T&amp;est connection</source>
        <translation>テスト接続(&amp;E)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>問題の内容</translation>
    </message>
    <message>
        <source>SCIM c&amp;onnection</source>
        <translation>SCIM 接続(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Insightly</source>
        <translation>Insightly(&amp;I)</translation>
    </message>
</context>
<context>
    <name>insightly::ScimProbe</name>
    <message>
        <source>Skipped: the host name could not be resolved.</source>
        <translation>スキップ: ホスト名を解決できませんでした。</translation>
    </message>
    <message>
        <source>Skipped: no connection to the server.</source>
        <translation>スキップ: サーバーに接続できません。</translation>
    </message>
    <message>
        <source>Skipped: no trusted encrypted connection, so the token is not sent.</source>
        <translation>スキップ: 信頼できる暗号化された接続がないため、トークンを送信しません。</translation>
    </message>
    <message>
        <source>Skipped: no answer to the previous request.</source>
        <translation>スキップ: 前の要求に応答がありません。</translation>
    </message>
    <message>
        <source>Name lookup</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>安全な接続 (TLS)</translation>
    </message>
    <message>
        <source>SCIM service configuration</source>
        <translation>SCIM サービスの構成</translation>
    </message>
    <message>
        <source>User lookup as Entra&apos;s Test Connection does it</source>
        <translation>Entra の [テスト接続] と同じ方法でのユーザー検索</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>取り消されました。</translation>
    </message>
    <message>
        <source>Skipped: the wizard has no network access.</source>
        <translation>スキップ: ウィザードはネットワークにアクセスできません。</translation>
    </message>
    <message>
        <source>%1 is an IP address; no lookup needed.</source>
        <translation>%1 は IP アドレスです。名前解決は不要です。</translation>
    </message>
    <message>
        <source>No result within %1 ms.</source>
        <translation>%1 ミリ秒以内に結果がありません。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Connected to %1 port %2.</source>
        <translation>%1 のポート %2 に接続しました。</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: 応答なし</translation>
    </message>
    <message>
        <source>The address starts with http://.</source>
        <translation>アドレスが http:// で始まっています。</translation>
    </message>
    <message>
        <source>No TLS handshake within %1 ms.</source>
        <translation>%1 ミリ秒以内に TLS ハンドシェイクがありません。</translation>
    </message>
    <message>
        <source>; filter %1, bulk %2</source>
        <translation>; フィルター %1、一括 %2</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>; %n user(s) found</source>
        <translation>
            <numerusform>; %n 人のユーザーが見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <source>; empty ListResponse, as Entra expects</source>
        <translation>; Entra の想定どおり、空の ListResponse</translation>
    </message>
    <message>
        <source> (Entra prefers the content type application/scim+json)</source>
        <translation> (Entra はコンテンツ タイプ application/scim+json を推奨します)</translation>
    </message>
    <message>
        <source>Copy the SCIM endpoint again from Insightly (System Settings, Security, SAML and SCIM) and paste it exactly as shown, without adding /Users.</source>
        <translation>Insightly (「System Settings」、「Security」、「SAML and SCIM」) から SCIM エンドポイントをもう一度コピーし、/Users を付け加えずに表示どおりに貼り付けてください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The name %1 could not be found.</source>
        <translation>名前 %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The address has a typo or the wrong pod (na1, eu1, au1), or this computer&apos;s network or proxy blocks name lookups.</source>
        <translation>アドレスに入力ミスがあるか、ポッド (na1、eu1、au1) が間違っているか、このコンピューターのネットワークまたはプロキシが名前解決をブロックしています。</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2.</source>
        <translation>%1 がポート %2 での接続を拒否しました。</translation>
    </message>
    <message>
        <source>Nothing answers at that address and port: a wrong port in the Tenant URL, a server that is down, or a firewall.</source>
        <translation>そのアドレスとポートで応答するものがありません。テナント URL のポートが間違っているか、サーバーが停止しているか、ファイアウォールが原因です。</translation>
    </message>
    <message>
        <source>Check the address; if it is the one Insightly shows, check your network and try again later. Microsoft connects from its own network, so Insightly must also be reachable from the internet.</source>
        <translation>アドレスを確認してください。Insightly に表示されるアドレスと同じ場合は、ネットワークを確認し、後でもう一度お試しください。Microsoft は自社のネットワークから接続するため、Insightly はインターネットからも到達可能である必要があります。</translation>
    </message>
    <message>
        <source>Insightly did not answer within %1 s.</source>
        <translation>Insightly が %1 秒以内に応答しませんでした。</translation>
    </message>
    <message>
        <source>%1 accepted the connection or the request but sent no answer in time: a slow or busy service, or a proxy or firewall holding the connection.</source>
        <translation>%1 は接続または要求を受け付けましたが、時間内に応答を返しませんでした。サービスが低速または混雑しているか、プロキシまたはファイアウォールが接続を保留しています。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps happening, check your network and proxy settings.</source>
        <translation>数分後にもう一度お試しください。繰り返し発生する場合は、ネットワークとプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>The wizard could not reach %1 from this computer.</source>
        <translation>ウィザードはこのコンピューターから %1 に到達できませんでした。</translation>
    </message>
    <message>
        <source>The connection failed (%1).</source>
        <translation>接続に失敗しました (%1)。</translation>
    </message>
    <message>
        <source>Check the address, your network and your proxy settings, then try again.</source>
        <translation>アドレス、ネットワーク、プロキシの設定を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The Tenant URL is not encrypted (http).</source>
        <translation>テナント URL が暗号化されていません (http)。</translation>
    </message>
    <message>
        <source>The Secret Token would travel in clear text; the wizard does not send it there and Microsoft refuses it too.</source>
        <translation>シークレット トークンが平文で送信されることになります。ウィザードはそこへトークンを送信せず、Microsoft もそれを拒否します。</translation>
    </message>
    <message>
        <source>Use %1, exactly as Insightly shows it.</source>
        <translation>Insightly に表示されるとおりに %1 を使用してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked or is invalid.</source>
        <translation>%1 の証明書は失効しているか無効です。</translation>
    </message>
    <message>
        <source>The certificate was withdrawn or altered; the connection cannot be trusted.</source>
        <translation>証明書が取り消されたか改変されています。この接続は信頼できません。</translation>
    </message>
    <message>
        <source>Do not continue; contact the service owner.</source>
        <translation>続行しないでください。サービスの所有者に連絡してください。</translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2 to %3.</source>
        <translation>%1 の証明書の有効期間は %2 から %3 までです。</translation>
    </message>
    <message>
        <source>Either the certificate expired, or this computer&apos;s clock is wrong (it shows %1).</source>
        <translation>証明書の有効期限が切れているか、このコンピューターの時計が間違っています (%1 と表示されています)。</translation>
    </message>
    <message>
        <source>If the date and time of this computer are wrong, correct them; otherwise the site owner must renew the certificate.</source>
        <translation>このコンピューターの日付と時刻が間違っている場合は修正してください。そうでない場合は、サイトの所有者が証明書を更新する必要があります。</translation>
    </message>
    <message>
        <source>The certificate of this server is for %1, not %2.</source>
        <translation>このサーバーの証明書は %2 ではなく %1 用です。</translation>
    </message>
    <message>
        <source>A typo in the address, the wrong pod, an IP address instead of a name, or a proxy answering in Insightly&apos;s place.</source>
        <translation>アドレスの入力ミス、ポッドの間違い、名前ではなく IP アドレスの使用、または Insightly の代わりにプロキシが応答していることが原因です。</translation>
    </message>
    <message>
        <source>Check the Tenant URL for typos (for example na1 instead of eu1). %1</source>
        <translation>テナント URL に入力ミスがないか確認してください (例: eu1 ではなく na1)。%1</translation>
    </message>
    <message>
        <source>The wizard could not confirm it is really talking to %1: its certificate was issued by %2, which this computer does not trust.</source>
        <translation>ウィザードは %1 と本当に通信していることを確認できませんでした。その証明書は %2 によって発行されており、このコンピューターはこの発行者を信頼していません。</translation>
    </message>
    <message>
        <source>A self-signed or private certificate, a server missing part of its certificate chain, or a company proxy that inspects HTTPS traffic. Microsoft&apos;s provisioning service requires a publicly trusted certificate too.</source>
        <translation>自己署名証明書またはプライベート証明書、証明書チェーンの一部が欠けているサーバー、または HTTPS 通信を検査する社内プロキシが原因です。Microsoft のプロビジョニング サービスも、公的に信頼された証明書を必要とします。</translation>
    </message>
    <message>
        <source>If your company inspects HTTPS traffic, ask IT to exclude %1 or to install their root certificate. Otherwise contact the owner of the server.</source>
        <translation>会社で HTTPS 通信を検査している場合は、%1 を除外するか、ルート証明書をインストールするよう IT 部門に依頼してください。それ以外の場合は、サーバーの所有者に連絡してください。</translation>
    </message>
    <message>
        <source>A secure connection could not be negotiated with %1.</source>
        <translation>%1 との安全な接続をネゴシエートできませんでした。</translation>
    </message>
    <message>
        <source>The server may only support old TLS versions; Microsoft requires TLS 1.2 or newer.</source>
        <translation>サーバーが古い TLS バージョンのみをサポートしている可能性があります。Microsoft は TLS 1.2 以降を必要とします。</translation>
    </message>
    <message>
        <source>Check the address; if it is right, contact the service owner.</source>
        <translation>アドレスを確認してください。正しい場合は、サービスの所有者に連絡してください。</translation>
    </message>
    <message>
        <source>That address answered, but not like a SCIM service.</source>
        <translation>そのアドレスは応答しましたが、SCIM サービスの応答ではありません。</translation>
    </message>
    <message>
        <source>It sent %1 instead of SCIM JSON: the address is probably an Insightly web page (a sign-in page), the REST API, or a proxy&apos;s page rather than the SCIM endpoint.</source>
        <translation>SCIM の JSON ではなく %1 を返しました。このアドレスは SCIM エンドポイントではなく、Insightly の Web ページ (サインイン ページ)、REST API、またはプロキシのページである可能性があります。</translation>
    </message>
    <message>
        <source>an answer without a content type</source>
        <translation>コンテンツ タイプのない応答</translation>
    </message>
    <message numerus="yes">
        <source>The lookup of a user that cannot exist returned %n user(s).</source>
        <translation>
            <numerusform>存在し得ないユーザーの検索で %n 人のユーザーが返されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The endpoint ignores the userName filter Entra uses to match users, so Entra would match the wrong people.</source>
        <translation>このエンドポイントは、Entra がユーザーの照合に使用する userName フィルターを無視するため、Entra が誤ったユーザーを照合してしまいます。</translation>
    </message>
    <message>
        <source>Check that the Tenant URL is Insightly&apos;s SCIM endpoint; if it is, contact Insightly support.</source>
        <translation>テナント URL が Insightly の SCIM エンドポイントであることを確認してください。そうである場合は、Insightly のサポートに連絡してください。</translation>
    </message>
    <message>
        <source>Insightly rejected the Secret Token (HTTP 401).</source>
        <translation>Insightly がシークレット トークンを拒否しました (HTTP 401)。</translation>
    </message>
    <message>
        <source>The token was mistyped, or it was regenerated in Insightly, which cancels the previous one.</source>
        <translation>トークンの入力ミスか、Insightly でトークンが再生成されて以前のトークンが無効になっています。</translation>
    </message>
    <message>
        <source>Copy the current token from Insightly&apos;s SAML and SCIM settings (System Settings, Security, SAML and SCIM) and paste it again, without spaces.</source>
        <translation>Insightly の SAML と SCIM の設定 (「System Settings」、「Security」、「SAML and SCIM」) から現在のトークンをコピーし、空白を含めずにもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>Insightly refused the Secret Token (HTTP 403).</source>
        <translation>Insightly がシークレット トークンを拒否しました (HTTP 403)。</translation>
    </message>
    <message>
        <source>The token may have been regenerated in Insightly, or SCIM provisioning is not switched on (it needs the Enterprise plan and SAML single sign-on).</source>
        <translation>Insightly でトークンが再生成されたか、SCIM プロビジョニングがオンになっていない可能性があります (Enterprise プランと SAML シングル サインオンが必要です)。</translation>
    </message>
    <message>
        <source>In Insightly&apos;s SAML and SCIM settings, check that Enable SCIM Provisioning is ticked, then copy the current token from there and paste it again.</source>
        <translation>Insightly の SAML と SCIM の設定で「Enable SCIM Provisioning」がオンになっていることを確認し、そこから現在のトークンをコピーしてもう一度貼り付けてください。</translation>
    </message>
    <message>
        <source>Nothing was found at that address (HTTP %1).</source>
        <translation>そのアドレスには何も見つかりませんでした (HTTP %1)。</translation>
    </message>
    <message>
        <source>The path is wrong: a segment is missing or added, the pod is wrong, or SCIM is not enabled. Check that the Tenant URL is the SCIM endpoint Insightly shows.</source>
        <translation>パスが間違っています。セグメントが欠けているか余分である、ポッドが間違っている、または SCIM が有効になっていません。テナント URL が Insightly に表示される SCIM エンドポイントであることを確認してください。</translation>
    </message>
    <message>
        <source>The address redirects to %1 instead of answering.</source>
        <translation>このアドレスは応答せずに %1 へリダイレクトします。</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers directly; a redirect usually leads to a sign-in page or from http to https. The wizard does not follow it, so the token is not sent elsewhere.</source>
        <translation>SCIM エンドポイントは直接応答します。リダイレクトは通常、サインイン ページへの移動か、http から https への移動です。ウィザードはリダイレクトに従わないため、トークンが別の場所に送信されることはありません。</translation>
    </message>
    <message>
        <source>The endpoint refused the standard user lookup Entra makes (invalid filter).</source>
        <translation>エンドポイントは、Entra が行う標準のユーザー検索を拒否しました (無効なフィルター)。</translation>
    </message>
    <message>
        <source>It does not accept userName eq &quot;…&quot; filters, so it is not a SCIM service Entra can use, or not the SCIM endpoint at all.</source>
        <translation>userName eq &quot;…&quot; フィルターを受け付けないため、Entra が使用できる SCIM サービスではないか、そもそも SCIM エンドポイントではありません。</translation>
    </message>
    <message>
        <source>Check the Tenant URL; if it is correct, contact Insightly support.</source>
        <translation>テナント URL を確認してください。正しい場合は、Insightly のサポートに連絡してください。</translation>
    </message>
    <message>
        <source>Insightly is limiting requests (HTTP 429).</source>
        <translation>Insightly が要求を制限しています (HTTP 429)。</translation>
    </message>
    <message>
        <source>Too many requests were sent in a short time.</source>
        <translation>短時間に送信された要求が多すぎます。</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) and test again.</source>
        <translation>
            <numerusform>%n 秒待ってから、もう一度テストしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a minute and test again.</source>
        <translation>1 分待ってから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Insightly&apos;s SCIM service had a problem (HTTP %1).</source>
        <translation>Insightly の SCIM サービスで問題が発生しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>An error on Insightly&apos;s side or in a proxy in front of it.</source>
        <translation>Insightly 側、またはその前段にあるプロキシでのエラーです。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it persists, check Insightly&apos;s status page or contact their support.</source>
        <translation>数分後にもう一度お試しください。問題が続く場合は、Insightly の状態ページを確認するか、Insightly のサポートに連絡してください。</translation>
    </message>
    <message>
        <source>The endpoint answered HTTP %1.</source>
        <translation>エンドポイントは HTTP %1 を返しました。</translation>
    </message>
    <message>
        <source>A SCIM endpoint answers this request with HTTP 200.</source>
        <translation>SCIM エンドポイントは、この要求に HTTP 200 で応答します。</translation>
    </message>
    <message>
        <source>no certificate received</source>
        <translation>証明書を受信していません</translation>
    </message>
    <message numerus="yes">
        <source>certificate for %1, issued by %2, valid until %3 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 の証明書、発行者 %2、有効期限 %3 (残り %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1, %2, %3 ms</source>
        <translation>HTTP %1、%2、%3 ミリ秒</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>コンテンツ タイプなし</translation>
    </message>
    <message>
        <source>%1 is looked up by the proxy %2.</source>
        <translation>%1 の名前解決はプロキシ %2 が行います。</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the proxy %3.</source>
        <translation>プロキシ %3 経由で %1 のポート %2 に接続しました。</translation>
    </message>
    <message>
        <source>Through the proxy %1: %2</source>
        <translation>プロキシ %1 経由: %2</translation>
    </message>
    <message>
        <source>No connection through the proxy %1 within %2 ms.</source>
        <translation>%2 ミリ秒以内にプロキシ %1 経由で接続できませんでした。</translation>
    </message>
</context>
<context>
    <name>insightly::ScimStatusPanel</name>
    <message>
        <source>Provisioning status (refreshed automatically)</source>
        <translation>プロビジョニングの状態 (自動更新)</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>プロビジョニングの状態</translation>
    </message>
    <message>
        <source>Provisioning state</source>
        <translation>プロビジョニングの状態</translation>
    </message>
    <message>
        <source>Last cycle</source>
        <translation>前回のサイクル</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Steady state</source>
        <translation>定常状態</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>検疫</translation>
    </message>
    <message>
        <source>Status error</source>
        <translation>状態エラー</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Last cycle:</source>
        <translation>前回のサイクル:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>件数:</translation>
    </message>
    <message>
        <source>Steady state:</source>
        <translation>定常状態:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み取り中…</translation>
    </message>
    <message>
        <source>The status could not be read: %1 %2</source>
        <translation>状態を読み取れませんでした: %1 %2</translation>
    </message>
    <message>
        <source>Active — provisioning runs on its schedule.</source>
        <translation>アクティブ — プロビジョニングはスケジュールどおりに実行されます。</translation>
    </message>
    <message>
        <source>Not run yet — credentials saved; the first cycle has not run.</source>
        <translation>未実行 — 資格情報は保存済みですが、最初のサイクルはまだ実行されていません。</translation>
    </message>
    <message>
        <source>Not configured — the Tenant URL and Secret Token are not saved.</source>
        <translation>未構成 — テナント URL とシークレット トークンが保存されていません。</translation>
    </message>
    <message>
        <source>Paused — provisioning was stopped.</source>
        <translation>一時停止 — プロビジョニングは停止されました。</translation>
    </message>
    <message>
        <source>Quarantine — provisioning is paused by Microsoft.</source>
        <translation>検疫 — プロビジョニングは Microsoft によって一時停止されています。</translation>
    </message>
    <message>
        <source>No cycle has run yet. The first one can take a while in Microsoft Entra.</source>
        <translation>まだサイクルは実行されていません。Microsoft Entra では最初のサイクルに時間がかかることがあります。</translation>
    </message>
    <message>
        <source>%1, ended %2</source>
        <translation>%1、%2 に終了</translation>
    </message>
    <message>
        <source>Last successful cycle: %1</source>
        <translation>前回成功したサイクル: %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>エラー: %1 %2</translation>
    </message>
    <message>
        <source>%1 in scope, %2 changes sent to Insightly, %3 failed, %4 users in sync</source>
        <translation>対象 %1、Insightly に送信した変更 %2、失敗 %3、同期済みユーザー %4</translation>
    </message>
    <message>
        <source>Reached, last at %1</source>
        <translation>到達済み (最終: %1)</translation>
    </message>
    <message>
        <source>Not reached yet</source>
        <translation>まだ到達していません</translation>
    </message>
    <message>
        <source>Quarantine (%1): %2</source>
        <translation>検疫 (%1): %2</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処法: %1</translation>
    </message>
    <message>
        <source>Microsoft&apos;s message: %1</source>
        <translation>Microsoft のメッセージ: %1</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTestResults</name>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対処法: %1</translation>
    </message>
    <message>
        <source>The wizard&apos;s own connection test</source>
        <translation>ウィザード独自の接続テスト</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>確認された内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Cause and fix</source>
        <translation>原因と対処法</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>すべての行を選択</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection</source>
        <translation>Microsoft Entra の [テスト接続]</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Microsoft Entra&apos;s Test Connection: running…</source>
        <translation>Microsoft Entra の [テスト接続]: 実行中…</translation>
    </message>
    <message>
        <source>✓ Microsoft Entra&apos;s Test Connection passed (HTTP %1, %2 ms): Microsoft&apos;s provisioning service reached Insightly and the token was accepted.</source>
        <translation>✓ Microsoft Entra の [テスト接続] に合格しました (HTTP %1、%2 ミリ秒): Microsoft のプロビジョニング サービスが Insightly に到達し、トークンが受け入れられました。</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection failed (HTTP %1).</source>
        <translation>✗ Microsoft Entra の [テスト接続] に失敗しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>Entra&apos;s answer: [%1] %2</source>
        <translation>Entra の応答: [%1] %2</translation>
    </message>
    <message>
        <source>Our reading: %1</source>
        <translation>ウィザードの解釈: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
    <message>
        <source>✗ Microsoft Entra&apos;s Test Connection could not run.</source>
        <translation>✗ Microsoft Entra の [テスト接続] を実行できませんでした。</translation>
    </message>
</context>
<context>
    <name>insightly::ScimTokenRotationFlow</name>
    <message>
        <source>Looking for the existing setup…</source>
        <translation>既存のセットアップを探しています…</translation>
    </message>
    <message>
        <source>Several Insightly SAML applications exist in this tenant.</source>
        <translation>このテナントには Insightly SAML アプリケーションが複数あります。</translation>
    </message>
    <message>
        <source>Run a new setup and choose the application in step 1; then rotate its token.</source>
        <translation>新しいセットアップを実行し、手順 1 でアプリケーションを選択してから、そのトークンをロールオーバーしてください。</translation>
    </message>
    <message>
        <source>Testing the new token from this computer and from Microsoft Entra…</source>
        <translation>このコンピューターと Microsoft Entra から新しいトークンをテストしています…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved in Microsoft Entra.</source>
        <translation>キャンセルしました。Microsoft Entra には何も保存されていません。</translation>
    </message>
    <message>
        <source>Nothing was saved in Microsoft Entra: it keeps the previous Tenant URL and Secret Token. If you already clicked Regenerate in Insightly, the previous token no longer works — paste the new one and test again.</source>
        <translation>Microsoft Entra には何も保存されていません。以前のテナント URL とシークレット トークンが保持されています。Insightly で既に 「Regenerate」 をクリックした場合、以前のトークンはもう機能しません。新しいトークンを貼り付けてもう一度テストしてください。</translation>
    </message>
    <message>
        <source>Saving the new token in Microsoft Entra and starting provisioning…</source>
        <translation>新しいトークンを Microsoft Entra に保存し、プロビジョニングを開始しています…</translation>
    </message>
    <message>
        <source>The new token passed the tests but was not saved: Entra may still hold the previous one. Test and save again.</source>
        <translation>新しいトークンはテストに合格しましたが、保存されませんでした。Entra にはまだ以前のトークンが保持されている可能性があります。もう一度テストして保存してください。</translation>
    </message>
    <message>
        <source>Saved: Microsoft Entra provisions Insightly with the new token (%1).</source>
        <translation>保存しました。Microsoft Entra は新しいトークンで Insightly をプロビジョニングします (%1)。</translation>
    </message>
    <message>
        <source>The SCIM token is rotated.</source>
        <translation>SCIM トークンをロールオーバーしました。</translation>
    </message>
</context>
<context>
    <name>insightly::SetupChoiceModel</name>
    <message>
        <source>certificate rotation not finished</source>
        <translation>証明書のロールオーバーが未完了</translation>
    </message>
    <message>
        <source>last sign-in test failed</source>
        <translation>前回のサインイン テストが失敗</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>セットアップ済み</translation>
    </message>
    <message>
        <source>step %1 of 4 done</source>
        <translation>4 ステップ中 %1 完了</translation>
    </message>
    <message>
        <source>A new setup</source>
        <translation>新しいセットアップ</translation>
    </message>
    <message>
        <source>Connect another tenant or Insightly instance.</source>
        <translation>別のテナントまたは Insightly インスタンスを接続します。</translation>
    </message>
    <message>
        <source>Insightly instance not chosen yet</source>
        <translation>Insightly インスタンス未選択</translation>
    </message>
    <message>
        <source>%1, instance %2</source>
        <translation>%1、インスタンス %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <extracomment>A saved setup in the Welcome page&apos;s list: tenant — Insightly instance — progress, date of the last save</extracomment>
        <translation>%1 — %2 — %3、%4</translation>
    </message>
    <message>
        <source>Tenant ID %1; last saved %2</source>
        <translation>テナント ID %1、最終保存 %2</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStateStore</name>
    <message>
        <source>The saved setup for %1 couldn&apos;t be opened.</source>
        <translation>%1 の保存されたセットアップを開けませんでした。</translation>
    </message>
    <message>
        <source>Check the permissions of %1, then restart the wizard. Until then, the wizard won&apos;t overwrite it.</source>
        <translation>%1 のアクセス許可を確認してから、ウィザードを再起動してください。それまで、ウィザードはこのファイルを上書きしません。</translation>
    </message>
    <message>
        <source>It isn&apos;t valid JSON (%1 at byte %2).</source>
        <translation>有効な JSON ではありません (バイト %2 で %1)。</translation>
    </message>
    <message>
        <source>It doesn&apos;t contain a setup.</source>
        <translation>セットアップが含まれていません。</translation>
    </message>
    <message>
        <source>It has no valid format version.</source>
        <translation>有効な形式バージョンがありません。</translation>
    </message>
    <message>
        <source>It belongs to another tenant.</source>
        <translation>別のテナントのものです。</translation>
    </message>
    <message>
        <source>The saved setup for %1 was created by a newer version of Insightly SSO Setup.</source>
        <translation>%1 の保存されたセットアップは、より新しいバージョンの Insightly SSO Setup で作成されました。</translation>
    </message>
    <message>
        <source>This version understands setup format %1; the file uses format %2.</source>
        <translation>このバージョンが理解できるのはセットアップ形式 %1 ですが、ファイルは形式 %2 を使用しています。</translation>
    </message>
    <message>
        <source>Update the app to the latest version, then open this setup again. The file was left untouched.</source>
        <translation>アプリを最新バージョンに更新してから、このセットアップをもう一度開いてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The saved setup for %1 couldn&apos;t be read.</source>
        <translation>%1 の保存されたセットアップを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The file is damaged. %1</source>
        <translation>ファイルが破損しています。%1</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be moved aside, so the wizard won&apos;t overwrite it. Move or delete %1, then restart the wizard.</source>
        <translation>ファイルを退避できなかったため、ウィザードはこのファイルを上書きしません。%1 を移動または削除してから、ウィザードを再起動してください。</translation>
    </message>
    <message>
        <source>The wizard starts this setup afresh and checks what already exists in your tenant, so nothing is created twice. The damaged file was kept as %1.</source>
        <translation>ウィザードはこのセットアップを最初からやり直し、テナントに既に存在するものを確認するため、何も二重に作成されることはありません。破損したファイルは %1 として保存されています。</translation>
    </message>
    <message>
        <source>The setup progress for %1 isn&apos;t being saved.</source>
        <translation>%1 のセットアップの進行状況は保存されていません。</translation>
    </message>
    <message>
        <source>Its saved file was made by a newer version of the app, or couldn&apos;t be read.</source>
        <translation>保存されたファイルが新しいバージョンのアプリで作成されたか、読み取れませんでした。</translation>
    </message>
    <message>
        <source>Update the app, or move %1 away, then restart the wizard.</source>
        <translation>アプリを更新するか、%1 を移動してから、ウィザードを再起動してください。</translation>
    </message>
    <message>
        <source>A saved setup for this tenant exists and wasn&apos;t opened.</source>
        <translation>このテナントの保存されたセットアップがありますが、開かれませんでした。</translation>
    </message>
    <message>
        <source>Restart the wizard to continue the saved setup.</source>
        <translation>保存されたセットアップを続行するには、ウィザードを再起動してください。</translation>
    </message>
    <message>
        <source>The setup progress couldn&apos;t be saved.</source>
        <translation>セットアップの進行状況を保存できませんでした。</translation>
    </message>
    <message>
        <source>The folder %1 can&apos;t be created or isn&apos;t a folder.</source>
        <translation>フォルダー %1 を作成できないか、フォルダーではありません。</translation>
    </message>
    <message>
        <source>Free some disk space or make %1 writable, then choose Retry, or choose another folder. Until then the wizard keeps working, but a later run may not resume where this one stopped.</source>
        <translation>ディスクの空き領域を増やすか、%1 を書き込み可能にしてから [保存を再試行] を選択するか、別のフォルダーを選択してください。それまでもウィザードは動作しますが、次回の実行では今回中断した箇所から再開できない可能性があります。</translation>
    </message>
    <message>
        <source>It belongs to another Insightly instance.</source>
        <translation>別の Insightly インスタンスのものです。</translation>
    </message>
</context>
<context>
    <name>insightly::SetupStatusReport</name>
    <message>
        <source>Depends on the enterprise application, which could not be read.</source>
        <translation>エンタープライズ アプリケーションに依存しますが、読み取れませんでした。</translation>
    </message>
    <message>
        <source>No Insightly SAML application to check.</source>
        <translation>確認する Insightly SAML アプリケーションがありません。</translation>
    </message>
    <message>
        <source>Sign in to Microsoft Entra to read the status.</source>
        <translation>状態を読み取るには Microsoft Entra にサインインしてください。</translation>
    </message>
    <message>
        <source>Cancelled before it was read.</source>
        <translation>読み取る前にキャンセルされました。</translation>
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
        <translation>Microsoft Entra ID にサインイン</translation>
    </message>
    <message>
        <source>Sign in with an account that may manage enterprise applications in your tenant.</source>
        <translation>テナントのエンタープライズ アプリケーションを管理できるアカウントでサインインしてください。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Sign in on this page. Before it changes anything, the wizard checks that your account holds the &lt;b&gt;Cloud Application Administrator&lt;/b&gt; or &lt;b&gt;Application Administrator&lt;/b&gt; role and that the permissions it needs were granted.&lt;/p&gt;&lt;p&gt;If your organisation does not allow signing in from an embedded browser, use &lt;i&gt;Sign in with the system browser&lt;/i&gt; or &lt;i&gt;Sign in with a code&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Your session is kept in the system keychain, so the next start signs you in without asking again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;このページでサインインしてください。ウィザードは何かを変更する前に、サインインしたアカウントが &lt;b&gt;クラウド アプリケーション管理者&lt;/b&gt; または &lt;b&gt;アプリケーション管理者&lt;/b&gt; ロールを持ち、必要なアクセス許可が付与されていることを確認します。&lt;/p&gt;&lt;p&gt;組織で埋め込みブラウザーからのサインインが許可されていない場合は、&lt;i&gt;システム ブラウザーでサインイン&lt;/i&gt; または &lt;i&gt;コードでサインイン&lt;/i&gt; を使用してください。&lt;/p&gt;&lt;p&gt;セッションはシステムのキーチェーンに保持されるため、次回の起動時には再度確認されることなくサインインします。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>サインイン コード</translation>
    </message>
    <message>
        <source>&amp;Copy code</source>
        <translation>コードをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open the sign-in page</source>
        <translation>サインイン ページを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Sign in &amp;here</source>
        <translation>ここでサインイン(&amp;H)</translation>
    </message>
    <message>
        <source>Sign in with the &amp;system browser</source>
        <translation>システム ブラウザーでサインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Signing you in with your saved session…</source>
        <translation>保存されたセッションでサインインしています…</translation>
    </message>
    <message>
        <source>The wizard could not open a local port to receive the sign-in.</source>
        <translation>ウィザードは、サインインを受け取るためのローカル ポートを開けませんでした。</translation>
    </message>
    <message>
        <source>Sign in here or with a code instead.</source>
        <translation>代わりに、ここでサインインするか、コードでサインインしてください。</translation>
    </message>
    <message>
        <source>Your browser opened Microsoft&apos;s sign-in page. Sign in there; this page continues by itself when you are done.</source>
        <translation>ブラウザーで Microsoft のサインイン ページが開きました。そこでサインインしてください。完了すると、このページは自動的に続行します。</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>The system browser could not be opened.</source>
        <translation>システム ブラウザーを開けませんでした。</translation>
    </message>
    <message>
        <source>Asking Microsoft for a sign-in code…</source>
        <translation>Microsoft にサインイン コードを要求しています…</translation>
    </message>
    <message>
        <source>On any device, open %1 and enter this code. This page continues by itself when you are done.</source>
        <translation>任意のデバイスで %1 を開き、このコードを入力してください。完了すると、このページは自動的に続行します。</translation>
    </message>
    <message>
        <source>Waiting for you to enter the code…</source>
        <translation>コードの入力を待っています…</translation>
    </message>
    <message>
        <source>Completing the sign-in and checking your permissions…</source>
        <translation>サインインを完了し、アクセス許可を確認しています…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>サインインしていません。</translation>
    </message>
    <message>
        <source>&amp;Retry saving</source>
        <translation>保存を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Retry saving the setup progress</source>
        <translation>セットアップの進行状況の保存を再試行</translation>
    </message>
    <message>
        <source>Choose another &amp;folder…</source>
        <translation>別のフォルダーを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose another folder for the setup progress</source>
        <translation>セットアップの進行状況を保存する別のフォルダーを選択</translation>
    </message>
    <message>
        <source>Choose a folder for the setup progress</source>
        <translation>セットアップの進行状況を保存するフォルダーを選択</translation>
    </message>
    <message>
        <source>Sign in with a co&amp;de</source>
        <translation>コードでサインイン(&amp;E)</translation>
    </message>
    <message>
        <source>Sign in as someone e&amp;lse</source>
        <translation>別のユーザーとしてサインイン(&amp;A)</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestFlow</name>
    <message>
        <source>Insightly did not show a page after the sign-in within a minute.</source>
        <translation>サインイン後 1 分以内に Insightly がページを表示しませんでした。</translation>
    </message>
    <message>
        <source>Making sure you are assigned to the application…</source>
        <translation>サインインしたアカウントがアプリケーションに割り当てられていることを確認しています…</translation>
    </message>
    <message>
        <source>The sign-in test could not start.</source>
        <translation>サインイン テストを開始できませんでした。</translation>
    </message>
    <message>
        <source>Sign in with your Entra account in the browser below if it asks; the wizard watches what Entra sends to Insightly.</source>
        <translation>求められた場合は、下のブラウザーで Entra アカウントを使用してサインインしてください。ウィザードは Entra が Insightly に送信する内容を監視します。</translation>
    </message>
    <message>
        <source>Entra sent the sign-in to Insightly; waiting for Insightly&apos;s answer…</source>
        <translation>Entra がサインインを Insightly に送信しました。Insightly の応答を待っています…</translation>
    </message>
    <message>
        <source>Insightly sent the browser to another site (%1).</source>
        <translation>Insightly がブラウザーを別のサイトに移動しました (%1)。</translation>
    </message>
    <message>
        <source>Insightly answered with an error page at %1.</source>
        <translation>Insightly が %1 でエラー ページを返しました。</translation>
    </message>
    <message>
        <source>Insightly kept the browser on its SAML sign-in address (%1).</source>
        <translation>Insightly がブラウザーを SAML サインイン アドレスにとどめました (%1)。</translation>
    </message>
    <message>
        <source>The page says: %1</source>
        <translation>ページの表示: %1</translation>
    </message>
    <message>
        <source>Signed in to Insightly</source>
        <translation>Insightly にサインインしました</translation>
    </message>
    <message>
        <source>Insightly opened</source>
        <translation>Insightly が開きました</translation>
    </message>
    <message>
        <source>Insightly did not accept the sign-in.</source>
        <translation>Insightly はサインインを受け入れませんでした。</translation>
    </message>
    <message>
        <source>Fix the failed checks above, then test again.</source>
        <translation>上の失敗したチェックを修正してから、もう一度テストしてください。</translation>
    </message>
    <message>
        <source>Signed in to Insightly as %1.</source>
        <translation>%1 として Insightly にサインインしました。</translation>
    </message>
    <message>
        <source>The sign-in test failed.</source>
        <translation>サインイン テストに失敗しました。</translation>
    </message>
    <message>
        <source>The sign-in works. %1</source>
        <translation>サインインは正常に機能します。%1</translation>
    </message>
</context>
<context>
    <name>insightly::SignInTestPanel</name>
    <message>
        <source>Test the sign-in before enforcing SAML</source>
        <translation>SAML を強制する前にサインインをテストする</translation>
    </message>
    <message>
        <source>&amp;Test the sign-in</source>
        <translation>サインインをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test the sign-in to Insightly through Entra</source>
        <translation>Entra 経由で Insightly へのサインインをテストします</translation>
    </message>
    <message>
        <source>After the upload in Insightly, test one sign-in through Entra.</source>
        <translation>Insightly でアップロードした後、Entra 経由でサインインを 1 回テストしてください。</translation>
    </message>
    <message>
        <source>Status of the sign-in test</source>
        <translation>サインイン テストの状態</translation>
    </message>
    <message>
        <source>Checklist of the sign-in test</source>
        <translation>サインイン テストのチェックリスト</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <source>Reason and fix</source>
        <translation>理由と対処法</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login and saved</source>
        <translation>「Enforce SAML Login」をオンにして保存しました</translation>
    </message>
    <message>
        <source>I ticked Enforce SAML Login in Insightly and saved</source>
        <translation>Insightly で「Enforce SAML Login」をオンにして保存しました</translation>
    </message>
    <message>
        <source>Confirm that SAML login is enforced in Insightly</source>
        <translation>Insightly で SAML ログインが強制されていることを確認します</translation>
    </message>
    <message>
        <source>Whether SAML login is enforced</source>
        <translation>SAML ログインが強制されているかどうか</translation>
    </message>
    <message>
        <source>Reading the certificate Insightly holds…</source>
        <translation>Insightly が保持している証明書を読み取っています…</translation>
    </message>
    <message>
        <source>✓ passed</source>
        <translation>✓ 合格</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失敗</translation>
    </message>
    <message>
        <source>Enforce SAML Login is ticked but not saved yet: click Save in Insightly.</source>
        <translation>「Enforce SAML Login」はオンですが、まだ保存されていません。Insightly で「Save」をクリックしてください。</translation>
    </message>
    <message>
        <source>Enforce SAML Login is not ticked in Insightly yet.</source>
        <translation>Insightly で「Enforce SAML Login」がまだオンになっていません。</translation>
    </message>
    <message>
        <source>Tick the box once you have saved Enforce SAML Login in Insightly.</source>
        <translation>Insightly で「Enforce SAML Login」を保存したら、このボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>SAML login is enforced in Insightly.</source>
        <translation>Insightly で SAML ログインが強制されています。</translation>
    </message>
    <message>
        <source>Browser of the sign-in test</source>
        <translation>サインイン テストのブラウザー</translation>
    </message>
    <message>
        <source>Next: enforce SAML login</source>
        <translation>次の作業: SAML ログインを強制する</translation>
    </message>
    <message>
        <source>&lt;b&gt;The sign-in works.&lt;/b&gt; Now, in the Insightly tab: tick &lt;b&gt;Enforce SAML Login&lt;/b&gt; and click &lt;b&gt;Save&lt;/b&gt;. Then confirm here.</source>
        <translation>&lt;b&gt;サインインは機能しています。&lt;/b&gt; 次に、[Insightly] タブで &lt;b&gt;Enforce SAML Login&lt;/b&gt; をオンにして &lt;b&gt;Save&lt;/b&gt; をクリックしてください。その後、ここで確認してください。</translation>
    </message>
    <message>
        <source>Confir&amp;m</source>
        <translation>確認(&amp;P)</translation>
    </message>
</context>
<context>
    <name>insightly::StepPage</name>
    <message>
        <source>Instructions for this step</source>
        <translation>この手順の説明</translation>
    </message>
    <message>
        <source>Not available in this version yet.</source>
        <translation>このバージョンではまだ使用できません。</translation>
    </message>
    <message>
        <source>Embedded browsers</source>
        <translation>埋め込みブラウザー</translation>
    </message>
</context>
<context>
    <name>insightly::SummaryPage</name>
    <message>
        <source>Summary — status of the setup</source>
        <translation>概要 — セットアップの状態</translation>
    </message>
    <message>
        <source>Read live from Microsoft Entra; what is not right says what to do.</source>
        <translation>Microsoft Entra からリアルタイムに読み取ります。問題がある項目には対処方法が示されます。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each line is read from Microsoft Entra now, not from what the wizard remembers, so this page is also how to check an existing setup later.&lt;/p&gt;&lt;p&gt;Users start Insightly from &lt;b&gt;My Apps&lt;/b&gt; (https://myapps.microsoft.com/): Insightly supports sign-in started from Microsoft only.&lt;/p&gt;&lt;p&gt;Microsoft e-mails the notification addresses 60, 30 and 7 days before the signing certificate expires; rotate it before then.&lt;/p&gt;</source>
        <translation>&lt;p&gt;各行は、ウィザードが記憶している内容ではなく、今 Microsoft Entra から読み取ったものです。そのため、このページは後で既存のセットアップを確認する方法にもなります。&lt;/p&gt;&lt;p&gt;ユーザーは &lt;b&gt;マイ アプリ&lt;/b&gt; (https://myapps.microsoft.com/) から Insightly を起動します。Insightly は Microsoft から開始されたサインインのみをサポートしています。&lt;/p&gt;&lt;p&gt;Microsoft は署名証明書の有効期限の 60 日前、30 日前、7 日前に通知先アドレスへメールを送信します。それまでに証明書をロールオーバーしてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not read yet.</source>
        <translation>まだ読み取っていません。</translation>
    </message>
    <message>
        <source>Progress of the status check</source>
        <translation>状態チェックの進行状況</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the status again</source>
        <translation>状態をもう一度読み取る</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the status check</source>
        <translation>状態チェックをキャンセルする</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>レポートをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the status report to the clipboard</source>
        <translation>状態レポートをクリップボードにコピーする</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the status report to a file</source>
        <translation>状態レポートをファイルに保存する</translation>
    </message>
    <message>
        <source>Result of saving the report</source>
        <translation>レポートの保存結果</translation>
    </message>
    <message>
        <source>Users sign in here: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>ユーザーのサインイン先: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>My Apps, where users sign in to Insightly</source>
        <translation>マイ アプリ (ユーザーが Insightly にサインインする場所)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>要求 ID: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <source>Reading the status from Microsoft Entra… %1 of %2 checks done.</source>
        <translation>Microsoft Entra から状態を読み取っています… %2 件中 %1 件のチェックが完了しました。</translation>
    </message>
    <message>
        <source>Cancelled; select Refresh to read the status again.</source>
        <translation>キャンセルしました。状態をもう一度読み取るには [更新] を選択してください。</translation>
    </message>
    <message>
        <source>Everything checked is in order.</source>
        <translation>チェックしたすべての項目に問題はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>警告 %n 件: 下の「対処方法」を参照してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) and %1 warning(s): see &quot;What to do&quot; below.</source>
        <translation>
            <numerusform>問題 %n 件、警告 %1 件: 下の「対処方法」を参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>レポートをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Save the status report</source>
        <translation>状態レポートを保存</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder.</source>
        <translation>レポートを %1 に保存できませんでした: %2。別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Remove what this wizard created, after a confirmation that lists it</source>
        <translation>このウィザードで作成したものを、一覧で確認してから削除します</translation>
    </message>
    <message numerus="yes">
        <source>Changes made by this wizard (%n)</source>
        <translation>
            <numerusform>このウィザードによる変更 (%n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>request-id %1</source>
        <translation>request-id %1</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF document (*.pdf);;Text (*.txt)</source>
        <translation>Web ページ (*.html);;PDF ドキュメント (*.pdf);;テキスト (*.txt)</translation>
    </message>
    <message>
        <source>Remove what this wizard cr&amp;eated…</source>
        <translation>このウィザードで作成したものを削除(&amp;W)…</translation>
    </message>
    <message>
        <source>Check this setup every &amp;week and notify me when something needs attention</source>
        <translation>このセットアップを毎週確認し、対応が必要なときに通知する(&amp;K)</translation>
    </message>
    <message>
        <source>Check this setup every week and notify me when something needs attention</source>
        <translation>このセットアップを毎週確認し、対応が必要なときに通知する</translation>
    </message>
    <message>
        <source>Result of the weekly check setting</source>
        <translation>週次確認の設定結果</translation>
    </message>
    <message>
        <source>Changes this wizard made</source>
        <translation>このウィザードによる変更</translation>
    </message>
</context>
<context>
    <name>insightly::WelcomePage</name>
    <message>
        <source>Connect Insightly to Microsoft Entra ID</source>
        <translation>Insightly を Microsoft Entra ID に接続する</translation>
    </message>
    <message>
        <source>Single sign-on with SAML and user provisioning with SCIM, set up and proven step by step.</source>
        <translation>SAML によるシングル サインオンと SCIM によるユーザー プロビジョニングを、手順に沿って設定し、動作を確認します。</translation>
    </message>
    <message>
        <source>This wizard signs you in to Microsoft Entra ID and does the four steps of Insightly&apos;s “Setup of SAML &amp; SCIM for Azure” article for you: it adds the &lt;i&gt;Insightly SAML&lt;/i&gt; enterprise application, configures SAML single sign-on and its signing certificate, connects SCIM provisioning, and assigns users and groups. It tests each step before the next, and signs in once through SAML before you enforce SAML login, so nobody is locked out.</source>
        <translation>Microsoft Entra ID にサインインすると、このウィザードが Insightly の記事「Setup of SAML &amp; SCIM for Azure」の 4 つの手順を代わりに実行します。&lt;i&gt;Insightly SAML&lt;/i&gt; エンタープライズ アプリケーションを追加し、SAML シングル サインオンとその署名証明書を構成し、SCIM プロビジョニングを接続して、ユーザーとグループを割り当てます。各手順は次の手順の前にテストされ、SAML ログインを強制する前に SAML で一度サインインして確認するため、誰もロックアウトされることはありません。</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>何を行いますか?</translation>
    </message>
    <message>
        <source>&amp;Set up single sign-on and provisioning</source>
        <translation>シングル サインオンとプロビジョニングを設定する(&amp;S)</translation>
    </message>
    <message>
        <source>Set up single sign-on and provisioning</source>
        <translation>シングル サインオンとプロビジョニングを設定する</translation>
    </message>
    <message>
        <source>&amp;Rotate the SAML signing certificate of an existing setup</source>
        <translation>既存のセットアップの SAML 署名証明書をロールオーバーする(&amp;R)</translation>
    </message>
    <message>
        <source>Rotate the SAML signing certificate</source>
        <translation>SAML 署名証明書をロールオーバーする</translation>
    </message>
    <message>
        <source>&amp;Check the status of an existing setup</source>
        <translation>既存のセットアップの状態を確認する(&amp;C)</translation>
    </message>
    <message>
        <source>Check the status of an existing setup</source>
        <translation>既存のセットアップの状態を確認する</translation>
    </message>
    <message>
        <source>Microsoft Entra tenant</source>
        <translation>Microsoft Entra テナント</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com or tenant ID (optional)</source>
        <translation>contoso.onmicrosoft.com またはテナント ID (省略可能)</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>テナント(&amp;T):</translation>
    </message>
    <message>
        <source>&lt;b&gt;You will need&lt;/b&gt;&lt;ul&gt;&lt;li&gt;a Microsoft Entra account with the Cloud Application Administrator or Application Administrator role;&lt;/li&gt;&lt;li&gt;an Insightly administrator account on the Enterprise plan.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;必要なもの&lt;/b&gt;&lt;ul&gt;&lt;li&gt;クラウド アプリケーション管理者またはアプリケーション管理者ロールを持つ Microsoft Entra アカウント&lt;/li&gt;&lt;li&gt;Enterprise プランの Insightly 管理者アカウント&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Rotate the SCIM to&amp;ken of an existing setup</source>
        <translation>既存のセットアップの SCIM トークンをロールオーバーする(&amp;K)</translation>
    </message>
    <message>
        <source>Rotate the SCIM token</source>
        <translation>SCIM トークンをロールオーバーする</translation>
    </message>
    <message>
        <source>Saved setup</source>
        <translation>保存済みのセットアップ</translation>
    </message>
    <message>
        <source>The tenant and Insightly instance this run is about, or a new setup.</source>
        <translation>この実行の対象となるテナントと Insightly インスタンス、または新しいセットアップ。</translation>
    </message>
    <message>
        <source>Set&amp;up:</source>
        <translation>セットアップ(&amp;U):</translation>
    </message>
</context>
<context>
    <name>insightly::entra::GraphClient</name>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答がありません</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>insightly::entra::Provisioning</name>
    <message>
        <source>Microsoft Entra offers no provisioning template for this application.</source>
        <translation>Microsoft Entra には、このアプリケーション用のプロビジョニング テンプレートがありません。</translation>
    </message>
    <message>
        <source>The enterprise application was not added from the Insightly SAML gallery entry, or provisioning is not available in this cloud.</source>
        <translation>エンタープライズ アプリケーションが Insightly SAML のギャラリー エントリから追加されていないか、このクラウドではプロビジョニングを利用できません。</translation>
    </message>
    <message>
        <source>Add the Insightly SAML application from the gallery (step 1), then try again.</source>
        <translation>ギャラリーから Insightly SAML アプリケーションを追加してから (手順 1)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>no answer to creating the job</source>
        <translation>ジョブの作成に応答がありません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The demo could not start: %1</source>
        <translation>デモを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 — demo (simulated tenant)</source>
        <translation>%1 — デモ (シミュレートされたテナント)</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>標準入力を読み取れませんでした。</translation>
    </message>
    <message>
        <source>No desktop notification could be shown.</source>
        <translation>デスクトップ通知を表示できませんでした。</translation>
    </message>
    <message>
        <source>Insightly SSO Setup: %1</source>
        <translation>Insightly SSO セットアップ: %1</translation>
    </message>
    <message>
        <source>Open the wizard</source>
        <translation>ウィザードを開く</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
</TS>
