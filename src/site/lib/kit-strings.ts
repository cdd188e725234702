import { pickByLocale } from "../../i18n/locale-chain.ts";
/**
 * The words of the kit pages, by language (the rest of the site's words are in i18n.ts). A page
 * locale without its own set falls back to its language, then to English.
 */
export interface KitStrings {
  /** The name of an audience's kits: `Press kit`, `Kit presse`, `プレス向けキット`. */
  kitFor: (audience: string) => string;
  kits: string;
  launchKits: string;
  kitsIntro: string;
  kitIntro: string;
  kitContents: (files: string, size: string) => string;
  downloadKit: (size: string) => string;
  downloadKitWorking: string;
  downloadKitFailed: string;
  noScriptDownload: string;
  saveHint: string;
  download: (size: string) => string;
  alsoWidth: (width: string) => string;
  caption: string;
  captionLength: (length: string, limit: string) => string;
  hashtags: string;
  captionFile: string;
  noCaption: string;
  creditMoved: string;
  readme: string;
  /** A story's article for a long-form editor: `WeChat article`. */
  article: (platform: string) => string;
  articleIntro: string;
  /** The link to the article's page on the web, whose images paste with it. */
  articleOpen: string;
  articleFile: (size: string) => string;
  articleFields: string;
  originals: string;
  originalsIntro: string;
  originalDownload: (size: string) => string;
  imageDetails: string;
  pixels: (width: string, height: string) => string;
  credit: string;
  licence: string;
  licenceEnds: (date: string) => string;
  licenceOpen: string;
  fromEntry: string;
  renditions: string;
  backToKit: string;
  kitLanguage: (language: string) => string;
}

const en: KitStrings = {
  kits: "Kits",
  launchKits: "Kits for this launch",
  kitFor: (audience) => `Kit · ${audience}`,
  kitsIntro:
    "One kit per launch: for each platform, its images at the right size and weight, the caption and hashtags, credits and usage terms.",
  kitIntro:
    "Save each image, copy its caption, or take the whole kit at once. Everything is ready to post as it is.",
  kitContents: (files, size) => `${files} files · ${size}`,
  downloadKit: (size) => `Download the whole kit (${size})`,
  downloadKitWorking: "Preparing the archive…",
  downloadKitFailed: "The archive could not be made here: save the files one by one below.",
  noScriptDownload:
    "Save the files one by one below; the whole kit downloads as one archive with JavaScript on.",
  saveHint: "On a phone, press and hold an image to save it.",
  download: (size) => `Download (${size})`,
  alsoWidth: (width) => `also ${width} px wide`,
  caption: "Caption",
  captionLength: (length, limit) => `${length} of ${limit}`,
  hashtags: "Hashtags",
  captionFile: "Caption as a text file",
  noCaption: "This placement carries no caption.",
  creditMoved: "The credit did not fit in the caption: post it with the image.",
  readme: "Usage terms, credits and dates (README)",
  article: (platform) => `${platform} article`,
  articleIntro:
    "The story as an article for the platform's editor, with its images and author line. Open it below, select all, copy and paste into the editor: its images come with it. Put the title, author and digest in their own fields and upload the cover apart.",
  articleOpen: "Open the article to copy it",
  articleFile: (size) => `Article page, to open from the kit (${size})`,
  articleFields: "Title, author and digest as a text file",
  originals: "Originals",
  originalsIntro: "The largest rendition the licence allows, for print and editorial layouts.",
  originalDownload: (size) => `Download the original (${size})`,
  imageDetails: "Image details",
  pixels: (width, height) => `${width} × ${height} px`,
  credit: "Credit",
  licence: "Licence",
  licenceEnds: (date) => `Licence ends ${date}`,
  licenceOpen: "No end date",
  fromEntry: "From",
  renditions: "Ready for each platform",
  backToKit: "Back to the kit",
  kitLanguage: (language) => `Captions and README in ${language}`,
};

const fr: KitStrings = {
  kits: "Kits",
  launchKits: "Les kits de ce lancement",
  kitFor: (audience) => `Kit · ${audience}`,
  kitsIntro:
    "Un kit par lancement : pour chaque plateforme, ses images au bon format et au bon poids, la légende et les hashtags, les crédits et les droits d’usage.",
  kitIntro:
    "Enregistrez chaque image, copiez sa légende, ou prenez tout le kit d’un coup. Tout est prêt à publier tel quel.",
  kitContents: (files, size) => `${files} fichiers · ${size}`,
  downloadKit: (size) => `Télécharger tout le kit (${size})`,
  downloadKitWorking: "Préparation de l’archive…",
  downloadKitFailed:
    "L’archive n’a pas pu être créée ici : enregistrez les fichiers un par un ci-dessous.",
  noScriptDownload:
    "Enregistrez les fichiers un par un ci-dessous ; avec JavaScript, tout le kit se télécharge en une archive.",
  saveHint: "Sur un téléphone, appuyez longuement sur une image pour l’enregistrer.",
  download: (size) => `Télécharger (${size})`,
  alsoWidth: (width) => `aussi en ${width} px de large`,
  caption: "Légende",
  captionLength: (length, limit) => `${length} sur ${limit}`,
  hashtags: "Hashtags",
  captionFile: "Légende en fichier texte",
  noCaption: "Cet emplacement ne porte pas de légende.",
  creditMoved: "Le crédit n’a pas tenu dans la légende : publiez-le avec l’image.",
  readme: "Droits d’usage, crédits et dates (README)",
  article: (platform) => `Article ${platform}`,
  articleIntro:
    "Le récit en article pour l'éditeur de la plateforme, avec ses images et la ligne d'auteur. Ouvrez-le ci-dessous, sélectionnez tout, copiez et collez dans l'éditeur : les images suivent. Titre, auteur et résumé vont dans leurs champs, la couverture se téléverse à part.",
  articleOpen: "Ouvrir l’article pour le copier",
  articleFile: (size) => `Page de l’article, à ouvrir depuis le kit (${size})`,
  articleFields: "Titre, auteur et résumé en fichier texte",
  originals: "Originaux",
  originalsIntro:
    "La plus grande version que la licence permet, pour l’impression et la mise en page.",
  originalDownload: (size) => `Télécharger l’original (${size})`,
  imageDetails: "Détails de l’image",
  pixels: (width, height) => `${width} × ${height} px`,
  credit: "Crédit",
  licence: "Licence",
  licenceEnds: (date) => `Licence jusqu’au ${date}`,
  licenceOpen: "Sans date de fin",
  fromEntry: "Extrait de",
  renditions: "Prêtes pour chaque plateforme",
  backToKit: "Retour au kit",
  kitLanguage: (language) => `Légendes et README en ${language}`,
};

const ja: KitStrings = {
  kits: "キット",
  launchKits: "このローンチのキット",
  kitFor: (audience) => `${audience}向けキット`,
  kitsIntro:
    "ローンチごとに1つのキット。プラットフォームごとに最適なサイズと容量の画像、キャプションとハッシュタグ、クレジットと使用条件をまとめています。",
  kitIntro:
    "画像を1枚ずつ保存、キャプションをコピー、またはキット全体をまとめてダウンロードできます。すべてそのまま投稿できます。",
  kitContents: (files, size) => `${files}ファイル・${size}`,
  downloadKit: (size) => `キット全体をダウンロード（${size}）`,
  downloadKitWorking: "アーカイブを作成しています…",
  downloadKitFailed:
    "ここではアーカイブを作成できませんでした。下のファイルを1つずつ保存してください。",
  noScriptDownload:
    "下のファイルを1つずつ保存してください。JavaScriptが有効ならキット全体を1つのアーカイブでダウンロードできます。",
  saveHint: "スマートフォンでは、画像を長押しして保存できます。",
  download: (size) => `ダウンロード（${size}）`,
  alsoWidth: (width) => `幅${width}pxも`,
  caption: "キャプション",
  captionLength: (length, limit) => `${length} / ${limit}`,
  hashtags: "ハッシュタグ",
  captionFile: "キャプションのテキストファイル",
  noCaption: "この掲載枠にはキャプションがありません。",
  creditMoved: "クレジットがキャプションに収まりませんでした。画像と一緒に掲載してください。",
  readme: "使用条件・クレジット・日付（README）",
  article: (platform) => `${platform}記事`,
  articleIntro:
    "エディタ用の記事（画像と著者表記入り）。下のリンクから開き、すべて選択・コピーしてエディタに貼り付けてください。画像も一緒に入ります。タイトル・著者・概要はそれぞれの欄に、カバー画像は別途アップロードします。",
  articleOpen: "記事を開いてコピーする",
  articleFile: (size) => `記事ページ（キットから開く）（${size}）`,
  articleFields: "タイトル・著者・概要のテキストファイル",
  originals: "オリジナル画像",
  originalsIntro: "ライセンスが認める最大サイズ。印刷や誌面レイアウト用です。",
  originalDownload: (size) => `オリジナルをダウンロード（${size}）`,
  imageDetails: "画像の詳細",
  pixels: (width, height) => `${width} × ${height} px`,
  credit: "クレジット",
  licence: "ライセンス",
  licenceEnds: (date) => `ライセンス期限：${date}`,
  licenceOpen: "期限なし",
  fromEntry: "掲載元",
  renditions: "各プラットフォーム用",
  backToKit: "キットに戻る",
  kitLanguage: (language) => `キャプションとREADMEの言語：${language}`,
};

const zhHans: KitStrings = {
  kits: "资料包",
  launchKits: "本次发布的资料包",
  kitFor: (audience) => `${audience}资料包`,
  kitsIntro: "每次发布一个资料包：按平台提供尺寸与大小合适的图片、文案与话题标签、署名和使用条款。",
  kitIntro: "可逐张保存图片、复制文案，或一次下载整个资料包。所有内容均可直接发布。",
  kitContents: (files, size) => `${files} 个文件 · ${size}`,
  downloadKit: (size) => `下载整个资料包（${size}）`,
  downloadKitWorking: "正在生成压缩包…",
  downloadKitFailed: "无法在此生成压缩包：请在下方逐个保存文件。",
  noScriptDownload: "请在下方逐个保存文件；启用 JavaScript 后可将整个资料包下载为一个压缩包。",
  saveHint: "在手机上，长按图片即可保存。",
  download: (size) => `下载（${size}）`,
  alsoWidth: (width) => `另有 ${width} 像素宽`,
  caption: "文案",
  captionLength: (length, limit) => `${length} / ${limit}`,
  hashtags: "话题标签",
  captionFile: "文案文本文件",
  noCaption: "此版位不带文案。",
  creditMoved: "文案放不下署名：请随图片一同发布。",
  readme: "使用条款、署名与日期（README）",
  article: (platform) => `${platform}图文`,
  articleIntro:
    "供平台编辑器使用的图文，含图片和作者信息。请点击下方链接打开，全选、复制后粘贴到编辑器，图片会一并带入；标题、作者和摘要分别填入对应栏位，封面单独上传。",
  articleOpen: "打开图文并复制",
  articleFile: (size) => `图文页面（从资料包中打开）（${size}）`,
  articleFields: "标题、作者和摘要文本文件",
  originals: "原图",
  originalsIntro: "许可范围内的最大版本，供印刷和版面使用。",
  originalDownload: (size) => `下载原图（${size}）`,
  imageDetails: "图片详情",
  pixels: (width, height) => `${width} × ${height} 像素`,
  credit: "署名",
  licence: "许可",
  licenceEnds: (date) => `许可截至 ${date}`,
  licenceOpen: "无截止日期",
  fromEntry: "出自",
  renditions: "各平台版本",
  backToKit: "返回资料包",
  kitLanguage: (language) => `文案与 README 语言：${language}`,
};

const zhHant: KitStrings = {
  ...zhHans,
  kits: "資料包",
  launchKits: "本次發佈的資料包",
  kitFor: (audience) => `${audience}資料包`,
  kitsIntro: "每次發佈一個資料包：按平台提供尺寸與大小合適的圖片、文案與主題標籤、署名和使用條款。",
  kitIntro: "可逐張儲存圖片、複製文案，或一次下載整個資料包。所有內容均可直接發佈。",
  kitContents: (files, size) => `${files} 個檔案 · ${size}`,
  downloadKit: (size) => `下載整個資料包（${size}）`,
  downloadKitWorking: "正在製作壓縮檔…",
  downloadKitFailed: "無法在此製作壓縮檔：請在下方逐一儲存檔案。",
  noScriptDownload: "請在下方逐一儲存檔案；啟用 JavaScript 後可將整個資料包下載為一個壓縮檔。",
  saveHint: "在手機上，長按圖片即可儲存。",
  download: (size) => `下載（${size}）`,
  alsoWidth: (width) => `另有 ${width} 像素寬`,
  hashtags: "主題標籤",
  captionFile: "文案文字檔",
  noCaption: "此版位不帶文案。",
  creditMoved: "文案放不下署名：請隨圖片一同發佈。",
  readme: "使用條款、署名與日期（README）",
  article: (platform) => `${platform}圖文`,
  articleIntro:
    "供平台編輯器使用的圖文，含圖片和作者資訊。請點擊下方連結開啟，全選、複製後貼到編輯器，圖片會一併帶入；標題、作者和摘要分別填入對應欄位，封面另行上傳。",
  articleOpen: "開啟圖文並複製",
  articleFile: (size) => `圖文頁面（從資料包中開啟）（${size}）`,
  articleFields: "標題、作者和摘要文字檔",
  originals: "原圖",
  originalsIntro: "授權範圍內的最大版本，供印刷和版面使用。",
  originalDownload: (size) => `下載原圖（${size}）`,
  imageDetails: "圖片詳情",
  pixels: (width, height) => `${width} × ${height} 像素`,
  licence: "授權",
  licenceEnds: (date) => `授權截至 ${date}`,
  licenceOpen: "無截止日期",
  renditions: "各平台版本",
  backToKit: "返回資料包",
  kitLanguage: (language) => `文案與 README 語言：${language}`,
};

const ko: KitStrings = {
  kits: "키트",
  launchKits: "이 출시의 키트",
  kitFor: (audience) => `${audience} 키트`,
  kitsIntro:
    "출시마다 하나의 키트: 플랫폼별로 알맞은 크기와 용량의 이미지, 캡션과 해시태그, 출처 표기와 사용 조건을 담았습니다.",
  kitIntro:
    "이미지를 한 장씩 저장하거나 캡션을 복사하고, 키트 전체를 한 번에 받을 수도 있습니다. 모두 그대로 게시할 수 있습니다.",
  kitContents: (files, size) => `파일 ${files}개 · ${size}`,
  downloadKit: (size) => `키트 전체 다운로드 (${size})`,
  downloadKitWorking: "압축 파일을 만드는 중…",
  downloadKitFailed: "여기서는 압축 파일을 만들 수 없습니다. 아래 파일을 하나씩 저장해 주세요.",
  noScriptDownload:
    "아래 파일을 하나씩 저장해 주세요. JavaScript를 켜면 키트 전체를 압축 파일 하나로 받을 수 있습니다.",
  saveHint: "휴대폰에서는 이미지를 길게 눌러 저장하세요.",
  download: (size) => `다운로드 (${size})`,
  alsoWidth: (width) => `너비 ${width}px 버전도 있음`,
  caption: "캡션",
  captionLength: (length, limit) => `${length} / ${limit}`,
  hashtags: "해시태그",
  captionFile: "캡션 텍스트 파일",
  noCaption: "이 게재 위치에는 캡션이 없습니다.",
  creditMoved: "출처 표기가 캡션에 들어가지 않았습니다. 이미지와 함께 게시해 주세요.",
  readme: "사용 조건, 출처 표기, 날짜 (README)",
  article: (platform) => `${platform} 글`,
  articleIntro:
    "플랫폼 에디터에 붙여 넣을 글(이미지와 작성자 표기 포함). 아래 링크로 열어 전체 선택 후 복사해 에디터에 붙여 넣으세요. 이미지도 함께 들어갑니다. 제목과 작성자는 각 입력란에 넣으세요.",
  articleOpen: "글을 열어 복사하기",
  articleFile: (size) => `글 페이지, 키트에서 열기 (${size})`,
  articleFields: "제목과 작성자 텍스트 파일",
  originals: "원본",
  originalsIntro: "라이선스가 허용하는 가장 큰 크기로, 인쇄와 지면 편집용입니다.",
  originalDownload: (size) => `원본 다운로드 (${size})`,
  imageDetails: "이미지 정보",
  pixels: (width, height) => `${width} × ${height} px`,
  credit: "출처",
  licence: "라이선스",
  licenceEnds: (date) => `라이선스 만료: ${date}`,
  licenceOpen: "만료일 없음",
  fromEntry: "출처 콘텐츠",
  renditions: "플랫폼별 버전",
  backToKit: "키트로 돌아가기",
  kitLanguage: (language) => `캡션과 README 언어: ${language}`,
};

const ar: KitStrings = {
  kits: "الحزم",
  launchKits: "حزم هذا الإطلاق",
  kitFor: (audience) => `حزمة ${audience}`,
  kitsIntro:
    "حزمة لكل إطلاق: لكل منصة صورها بالمقاس والحجم المناسبين، والنص المرافق والوسوم، ونسبة الأعمال إلى أصحابها وشروط الاستخدام.",
  kitIntro:
    "احفظ كل صورة، وانسخ نصها المرافق، أو نزّل الحزمة كاملة دفعة واحدة. كل شيء جاهز للنشر كما هو.",
  kitContents: (files, size) => `${files} ملفات · ${size}`,
  downloadKit: (size) => `تنزيل الحزمة كاملة (${size})`,
  downloadKitWorking: "جارٍ تجهيز الأرشيف…",
  downloadKitFailed: "تعذّر إنشاء الأرشيف هنا: احفظ الملفات واحداً تلو الآخر أدناه.",
  noScriptDownload:
    "احفظ الملفات واحداً تلو الآخر أدناه؛ مع تفعيل JavaScript تُنزَّل الحزمة كاملة في أرشيف واحد.",
  saveHint: "على الهاتف، اضغط مطولاً على الصورة لحفظها.",
  download: (size) => `تنزيل (${size})`,
  alsoWidth: (width) => `وأيضاً بعرض ${width} بكسل`,
  caption: "النص المرافق",
  captionLength: (length, limit) => `${length} من ${limit}`,
  hashtags: "الوسوم",
  captionFile: "النص المرافق في ملف نصي",
  noCaption: "لا يحمل موضع النشر هذا نصاً مرافقاً.",
  creditMoved: "لم تتسع نسبة الصورة إلى صاحبها في النص المرافق: انشرها مع الصورة.",
  readme: "شروط الاستخدام والنسب والتواريخ (README)",
  article: (platform) => `مقال ${platform}`,
  articleIntro:
    "القصة مقالاً لمحرر المنصة، مع صورها وسطر الكاتب. افتحه من الرابط أدناه، وحدّد الكل وانسخه والصقه في المحرر: تنتقل الصور معه. ضع العنوان والكاتب والملخص في حقولها وارفع الغلاف على حدة.",
  articleOpen: "افتح المقال لنسخه",
  articleFile: (size) => `صفحة المقال، تُفتح من الحزمة (${size})`,
  articleFields: "العنوان والكاتب والملخص في ملف نصي",
  originals: "الصور الأصلية",
  originalsIntro: "أكبر نسخة يسمح بها الترخيص، للطباعة والإخراج الصحفي.",
  originalDownload: (size) => `تنزيل الصورة الأصلية (${size})`,
  imageDetails: "تفاصيل الصورة",
  pixels: (width, height) => `${width} × ${height} بكسل`,
  credit: "النسبة",
  licence: "الترخيص",
  licenceEnds: (date) => `ينتهي الترخيص في ${date}`,
  licenceOpen: "بلا تاريخ انتهاء",
  fromEntry: "من",
  renditions: "جاهزة لكل منصة",
  backToKit: "العودة إلى الحزمة",
  kitLanguage: (language) => `النصوص المرافقة وملف README باللغة ${language}`,
};

const STRINGS: Record<string, KitStrings> = {
  en,
  fr,
  ja,
  ko,
  ar,
  "zh-Hans": zhHans,
  "zh-Hant": zhHant,
};

/** The kit pages' words for a page locale: the locale, its script or language, then English. */
export function kitStrings(locale: string): KitStrings {
  return pickByLocale(STRINGS, locale, en);
}
