import { pickByLocale } from "../i18n/locale-chain.ts";
/**
 * The words of a kit's README.txt, per language: the README speaks the market's language, like
 * the captions beside it. A locale without its own set uses its language's (zh-Hans-CN → zh-Hans),
 * then English.
 */
export interface ReadmeStrings {
  title: (brand: string, launch: string, audience: string, market: string) => string;
  layout: string;
  images: string;
  captions: string;
  rightsHeading: string;
  rights: (usage: string, market: string) => string[];
  usage: Record<"social" | "editorial" | "commerce", string>;
  timeZone: (zone: string, market: string) => string;
  placementHeading: (placement: string, size: string) => string;
  noCaption: string;
  captionFile: (file: string) => string;
  published: (when: string) => string;
  withdrawn: (when: string) => string;
  expires: (when: string) => string;
  creditMoved: string;
  originalsHeading: string;
  originalsText: string;
  pixels: (width: number, height: number) => string;
  contentsHeading: string;
  creditsHeading: string;
  credit: (asset: string, credit: string, licence: string) => string;
}

const en: ReadmeStrings = {
  creditsHeading: "Credits and licences",
  credit: (asset, credit, licence) => `(${asset}) ${credit}; licence ${licence}`,
  title: (brand, launch, audience, market) =>
    `${brand} — ${launch} — kit for ${audience}, ${market}`,
  layout: "A folder per platform and placement; each holds the images and the caption to post.",
  images:
    "Images: at the platform's exact size, format and weight, in sRGB, with the credit in their metadata (XMP): ready to post as they are.",
  captions:
    "Captions: the text files beside the images, already within the platform's limit, with hashtags and legal lines. Paste them as they are.",
  rightsHeading: "Usage rights",
  rights: (usage, market) => [
    `- For ${usage} use in ${market} only.`,
    "- Keep each image's credit with it: it is listed below and in the file's metadata (XMP).",
    "- Do not use an image after its licence expires (dates below), or an entry before it is published.",
  ],
  usage: { social: "social media", editorial: "editorial", commerce: "commercial" },
  timeZone: (zone, market) => `- Times are ${market} time (${zone}).`,
  placementHeading: (placement, size) => `${placement} (${size})`,
  noCaption: "This placement carries no caption.",
  captionFile: (file) => `caption: ${file}`,
  published: (when) => `published from ${when}`,
  withdrawn: (when) => `withdrawn from ${when}`,
  expires: (when) => `licence expires ${when}`,
  creditMoved:
    "The credit did not fit the caption on this placement: post it with the image, as written here.",
  originalsHeading: "Originals",
  originalsText:
    "The largest rendition the licence allows of each image, in the originals folder, for print and editorial layouts.",
  pixels: (width, height) => `${width} × ${height} px`,
  contentsHeading: "Contents",
};

const fr: ReadmeStrings = {
  creditsHeading: "Crédits et licences",
  credit: (asset, credit, licence) => `(${asset}) ${credit} ; licence ${licence}`,
  title: (brand, launch, audience, market) => `${brand} — ${launch} — kit ${audience}, ${market}`,
  layout:
    "Un dossier par plateforme et par emplacement ; chacun contient les images et la légende à publier.",
  images:
    "Images : aux dimensions, au format et au poids exacts de la plateforme, en sRGB, avec le crédit dans leurs métadonnées (XMP) : prêtes à publier telles quelles.",
  captions:
    "Légendes : les fichiers texte à côté des images, déjà dans la limite de la plateforme, avec hashtags et mentions légales. Collez-les telles quelles.",
  rightsHeading: "Droits d'utilisation",
  rights: (usage, market) => [
    `- Pour un usage ${usage}, en ${market} uniquement.`,
    "- Gardez le crédit de chaque image avec elle : il figure ci-dessous et dans les métadonnées du fichier (XMP).",
    "- N'utilisez pas une image après l'expiration de sa licence (dates ci-dessous), ni un contenu avant sa publication.",
  ],
  usage: { social: "réseaux sociaux", editorial: "éditorial", commerce: "commercial" },
  timeZone: (zone, market) => `- Heures de ${market} (${zone}).`,
  placementHeading: (placement, size) => `${placement} (${size})`,
  noCaption: "Cet emplacement ne porte pas de légende.",
  captionFile: (file) => `légende : ${file}`,
  published: (when) => `publié à partir du ${when}`,
  withdrawn: (when) => `retiré à partir du ${when}`,
  expires: (when) => `licence expirant le ${when}`,
  creditMoved:
    "Le crédit n'a pas tenu dans la légende de cet emplacement : publiez-le avec l'image, tel qu'écrit ici.",
  originalsHeading: "Originaux",
  originalsText:
    "La plus grande version de chaque image que la licence permet, dans le dossier originals, pour l'impression et la mise en page.",
  pixels: (width, height) => `${width} × ${height} px`,
  contentsHeading: "Contenu",
};

const ja: ReadmeStrings = {
  creditsHeading: "クレジットとライセンス",
  credit: (asset, credit, licence) => `（${asset}）${credit}、ライセンス ${licence}`,
  title: (brand, launch, audience, market) =>
    `${brand} — ${launch} — ${audience}向けキット（${market}）`,
  layout: "プラットフォームと掲載枠ごとのフォルダに、投稿する画像とキャプションが入っています。",
  images:
    "画像：各プラットフォームの正確なサイズ・形式・容量、sRGB、メタデータ（XMP）にクレジット入り。そのまま投稿できます。",
  captions:
    "キャプション：画像の横のテキストファイル。文字数制限内で、ハッシュタグと法定表記を含みます。そのまま貼り付けてください。",
  rightsHeading: "使用条件",
  rights: (usage, market) => [
    `- ${market}での${usage}利用に限ります。`,
    "- 各画像のクレジットを必ず添えてください（下記およびファイルのメタデータ（XMP）に記載）。",
    "- ライセンスの期限後（下記の日付）や公開日前には使用しないでください。",
  ],
  usage: { social: "SNSでの", editorial: "報道・編集目的の", commerce: "商用" },
  timeZone: (zone, market) => `- 時刻は${market}の時間（${zone}）です。`,
  placementHeading: (placement, size) => `${placement}（${size}）`,
  noCaption: "この掲載枠にはキャプションがありません。",
  captionFile: (file) => `キャプション：${file}`,
  published: (when) => `公開：${when}から`,
  withdrawn: (when) => `掲載終了：${when}から`,
  expires: (when) => `ライセンス期限：${when}`,
  creditMoved:
    "この掲載枠ではクレジットがキャプションに収まりませんでした。ここに記載のとおり画像と一緒に掲載してください。",
  originalsHeading: "オリジナル画像",
  originalsText:
    "ライセンスが認める最大サイズの各画像（originals フォルダ）。印刷や誌面レイアウト用です。",
  pixels: (width, height) => `${width} × ${height} px`,
  contentsHeading: "内容",
};

const zhHans: ReadmeStrings = {
  creditsHeading: "署名与许可",
  credit: (asset, credit, licence) => `（${asset}）${credit}；许可 ${licence}`,
  title: (brand, launch, audience, market) =>
    `${brand} — ${launch} — ${audience}资料包（${market}）`,
  layout: "每个平台和版位一个文件夹，内含要发布的图片和文案。",
  images: "图片：符合平台的精确尺寸、格式和大小，sRGB 色彩，元数据（XMP）中含署名，可直接发布。",
  captions: "文案：图片旁的文本文件，已在平台字数限制之内，含话题标签和法律声明，可直接粘贴。",
  rightsHeading: "使用权限",
  rights: (usage, market) => [
    `- 仅限在${market}用于${usage}。`,
    "- 每张图片须附上署名：见下文及文件元数据（XMP）。",
    "- 许可到期后（日期见下文）或内容发布前，请勿使用。",
  ],
  usage: { social: "社交媒体", editorial: "新闻编辑", commerce: "商业用途" },
  timeZone: (zone, market) => `- 时间为${market}时间（${zone}）。`,
  placementHeading: (placement, size) => `${placement}（${size}）`,
  noCaption: "此版位不带文案。",
  captionFile: (file) => `文案：${file}`,
  published: (when) => `发布时间：${when}起`,
  withdrawn: (when) => `下架时间：${when}起`,
  expires: (when) => `许可到期：${when}`,
  creditMoved: "此版位的文案放不下署名：请按此处所写，随图片一同发布。",
  originalsHeading: "原图",
  originalsText: "每张图片在许可范围内的最大版本，位于 originals 文件夹，供印刷和版面使用。",
  pixels: (width, height) => `${width} × ${height} 像素`,
  contentsHeading: "内容",
};

const ko: ReadmeStrings = {
  creditsHeading: "출처 표기와 라이선스",
  credit: (asset, credit, licence) => `(${asset}) ${credit}; 라이선스 ${licence}`,
  title: (brand, launch, audience, market) => `${brand} — ${launch} — ${audience} 키트 (${market})`,
  layout: "플랫폼과 게재 위치별 폴더에 게시할 이미지와 캡션이 들어 있습니다.",
  images:
    "이미지: 플랫폼의 정확한 크기·형식·용량, sRGB, 메타데이터(XMP)에 출처 표기 포함. 그대로 게시하면 됩니다.",
  captions:
    "캡션: 이미지 옆의 텍스트 파일로, 플랫폼 글자 수 제한 안에 해시태그와 법적 고지를 담았습니다. 그대로 붙여 넣으세요.",
  rightsHeading: "사용 조건",
  rights: (usage, market) => [
    `- ${market}에서 ${usage} 용도로만 사용할 수 있습니다.`,
    "- 각 이미지의 출처 표기를 함께 남겨 주세요(아래 및 파일 메타데이터(XMP)에 있음).",
    "- 라이선스 만료 후(아래 날짜)나 공개 전에는 사용하지 마세요.",
  ],
  usage: { social: "소셜 미디어", editorial: "보도·편집", commerce: "상업" },
  timeZone: (zone, market) => `- 시간은 ${market} 시간(${zone})입니다.`,
  placementHeading: (placement, size) => `${placement} (${size})`,
  noCaption: "이 게재 위치에는 캡션이 없습니다.",
  captionFile: (file) => `캡션: ${file}`,
  published: (when) => `공개: ${when}부터`,
  withdrawn: (when) => `게시 종료: ${when}부터`,
  expires: (when) => `라이선스 만료: ${when}`,
  creditMoved:
    "이 게재 위치에서는 출처 표기가 캡션에 들어가지 않았습니다. 여기 적힌 대로 이미지와 함께 게시해 주세요.",
  originalsHeading: "원본",
  originalsText:
    "라이선스가 허용하는 가장 큰 크기의 각 이미지(originals 폴더). 인쇄와 지면 편집용입니다.",
  pixels: (width, height) => `${width} × ${height} px`,
  contentsHeading: "구성",
};

const ar: ReadmeStrings = {
  creditsHeading: "النسب والتراخيص",
  credit: (asset, credit, licence) => `(${asset}) ${credit}؛ الترخيص ${licence}`,
  title: (brand, launch, audience, market) => `${brand} — ${launch} — حزمة ${audience}، ${market}`,
  layout: "مجلد لكل منصة وموضع نشر، يضم الصور والنص المرافق للنشر.",
  images:
    "الصور: بالمقاس والصيغة والحجم المطلوبة للمنصة تماماً، بألوان sRGB، مع نسبة العمل إلى صاحبه في بياناتها الوصفية (XMP): جاهزة للنشر كما هي.",
  captions:
    "النصوص المرافقة: ملفات نصية بجانب الصور، ضمن حدّ المنصة، مع الوسوم والعبارات القانونية. الصقها كما هي.",
  rightsHeading: "حقوق الاستخدام",
  rights: (usage, market) => [
    `- للاستخدام ${usage} في ${market} فقط.`,
    "- أبقِ نسبة كل صورة إلى صاحبها معها: تجدها أدناه وفي البيانات الوصفية للملف (XMP).",
    "- لا تستخدم صورة بعد انتهاء ترخيصها (التواريخ أدناه)، ولا محتوى قبل نشره.",
  ],
  usage: { social: "على وسائل التواصل الاجتماعي", editorial: "التحريري", commerce: "التجاري" },
  timeZone: (zone, market) => `- الأوقات بتوقيت ${market} (${zone}).`,
  placementHeading: (placement, size) => `${placement} (${size})`,
  noCaption: "لا يحمل موضع النشر هذا نصاً مرافقاً.",
  captionFile: (file) => `النص المرافق: ${file}`,
  published: (when) => `يُنشر ابتداءً من ${when}`,
  withdrawn: (when) => `يُسحب ابتداءً من ${when}`,
  expires: (when) => `ينتهي الترخيص في ${when}`,
  creditMoved:
    "لم تتسع النسبة إلى صاحب الصورة في النص المرافق لهذا الموضع: انشرها مع الصورة كما هي مكتوبة هنا.",
  originalsHeading: "الصور الأصلية",
  originalsText:
    "أكبر نسخة من كل صورة يسمح بها الترخيص، في مجلد originals، للطباعة والإخراج الصحفي.",
  pixels: (width, height) => `${width} × ${height} بكسل`,
  contentsHeading: "المحتوى",
};

const STRINGS: Record<string, ReadmeStrings> = { en, fr, ja, "zh-Hans": zhHans, ko, ar };

export function readmeStrings(locale: string): ReadmeStrings {
  return pickByLocale(STRINGS, locale, en);
}
