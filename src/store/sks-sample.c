/* sks-sample.c — fictional applications for demonstrations, tests and
 * benchmarks
 *
 * Copyright 2026 Skill Studio developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sks-sample"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sks-id-number.h"
#include "sks-policy.h"
#include "sks-sample.h"
#include "sks-store-finding.h"
#include "sks-store-panel.h"
#include "sks-unit.h"

/*
 * Every person, unit and phone number here is made up. Places, division
 * codes (GB/T 2260), postcode prefixes, area codes, document numbers and
 * quotas are those of the two notices (湖人社发〔2025〕1号, 杭人社发〔2023〕112号),
 * so that the demo looks like the real work. Every application except
 * drafts validates as complete.
 */

/* Applications added per transaction by sks_sample_populate(). */
#define BATCH_SIZE 10000

typedef struct {
  const char         *name;
  SksRecommenderKind  kind;
  const char         *code;      /* GB/T 2260; NULL for a functional zone */
  gint64              quota;
  const char         *postcode;
  const char         *id_area;   /* area code in the ID numbers of local people */
  const char         *place;     /* for addresses: "湖州市吴兴区" */
  const char         *towns[3];
} SampleRecommender;

typedef struct {
  const char              *key;
  const char              *city;
  const char              *short_city;  /* in unit names: "湖州" */
  gint64                   year;
  const char              *title;
  const char              *document_number;
  const char              *issuing_bureau;
  const char              *reference_date;
  const char              *deadline;
  const char              *phone_area;
  guint                    phone_digits;
  const char              *application_month;   /* applications are dated in it */
  const char              *approval_date;
  const SampleRecommender *recommenders;
  guint                    n_recommenders;
} SampleRound;

static const SampleRecommender huzhou_recommenders[] = {
  { "吴兴区", SKS_RECOMMENDER_DISTRICT, "330502", 12, "313000", "330502", "湖州市吴兴区",
    { "织里镇", "八里店镇", "埭溪镇" } },
  { "南浔区", SKS_RECOMMENDER_DISTRICT, "330503", 12, "313009", "330503", "湖州市南浔区",
    { "善琏镇", "练市镇", "双林镇" } },
  { "德清县", SKS_RECOMMENDER_COUNTY, "330521", 12, "313200", "330521", "湖州市德清县",
    { "武康街道", "新市镇", "雷甸镇" } },
  { "长兴县", SKS_RECOMMENDER_COUNTY, "330522", 12, "313100", "330522", "湖州市长兴县",
    { "雉城街道", "李家巷镇", "煤山镇" } },
  { "安吉县", SKS_RECOMMENDER_COUNTY, "330523", 12, "313300", "330523", "湖州市安吉县",
    { "递铺街道", "孝丰镇", "天子湖镇" } },
  /* A functional zone, not a division: no GB/T 2260 code (domain facts §6). */
  { "南太湖新区", SKS_RECOMMENDER_ZONE, NULL, 6, "313000", "330502", "湖州市南太湖新区",
    { "康山街道", "仁皇山街道", "凤凰街道" } },
};

/* The Hangzhou notice sets no quotas. */
static const SampleRecommender hangzhou_recommenders[] = {
  { "上城区", SKS_RECOMMENDER_DISTRICT, "330102", 0, "310002", "330102", "杭州市上城区",
    { "湖滨街道", "清波街道", "四季青街道" } },
  { "拱墅区", SKS_RECOMMENDER_DISTRICT, "330105", 0, "310011", "330105", "杭州市拱墅区",
    { "祥符街道", "半山街道", "康桥街道" } },
  { "西湖区", SKS_RECOMMENDER_DISTRICT, "330106", 0, "310012", "330106", "杭州市西湖区",
    { "转塘街道", "三墩镇", "留下街道" } },
  { "滨江区", SKS_RECOMMENDER_DISTRICT, "330108", 0, "310051", "330108", "杭州市滨江区",
    { "长河街道", "西兴街道", "浦沿街道" } },
  { "萧山区", SKS_RECOMMENDER_DISTRICT, "330109", 0, "311200", "330109", "杭州市萧山区",
    { "宁围街道", "瓜沥镇", "新塘街道" } },
  { "余杭区", SKS_RECOMMENDER_DISTRICT, "330110", 0, "311100", "330110", "杭州市余杭区",
    { "仓前街道", "良渚街道", "径山镇" } },
  { "临平区", SKS_RECOMMENDER_DISTRICT, "330113", 0, "311100", "330113", "杭州市临平区",
    { "临平街道", "崇贤街道", "塘栖镇" } },
  { "钱塘区", SKS_RECOMMENDER_DISTRICT, "330114", 0, "310018", "330114", "杭州市钱塘区",
    { "下沙街道", "白杨街道", "义蓬街道" } },
  { "富阳区", SKS_RECOMMENDER_DISTRICT, "330111", 0, "311400", "330111", "杭州市富阳区",
    { "银湖街道", "东洲街道", "富春街道" } },
  { "临安区", SKS_RECOMMENDER_DISTRICT, "330112", 0, "311300", "330112", "杭州市临安区",
    { "锦城街道", "青山湖街道", "於潜镇" } },
  { "桐庐县", SKS_RECOMMENDER_COUNTY, "330122", 0, "311500", "330122", "杭州市桐庐县",
    { "桐君街道", "分水镇", "横村镇" } },
  { "淳安县", SKS_RECOMMENDER_COUNTY, "330127", 0, "311700", "330127", "杭州市淳安县",
    { "千岛湖镇", "威坪镇", "汾口镇" } },
  { "建德市", SKS_RECOMMENDER_COUNTY, "330182", 0, "311600", "330182", "杭州市建德市",
    { "新安江街道", "梅城镇", "寿昌镇" } },
  /* Reports like a district, but is no division (domain facts §6). */
  { "西湖风景名胜区", SKS_RECOMMENDER_ZONE, NULL, 0, "310006", "330106", "杭州市西湖风景名胜区",
    { "西湖街道", "西湖街道", "西湖街道" } },
};

static const SampleRound sample_rounds[] = {
  { SKS_SAMPLE_ROUND_HUZHOU, "湖州市", "湖州", 2025, "2025年湖州市技能大师工作室申报", "湖人社发〔2025〕1号",
    "湖州市人力资源和社会保障局", "2025-02-28", "2025-03-17", "0572", 7, "2025-03", NULL,
    huzhou_recommenders, G_N_ELEMENTS (huzhou_recommenders) },
  { SKS_SAMPLE_ROUND_HANGZHOU, "杭州市", "杭州", 2023, "杭州市技能大师工作室建设（2023年通知）",
    "杭人社发〔2023〕112号", "杭州市人力资源和社会保障局", NULL, NULL, "0571", 8, "2024-03",
    "2024-07-15", hangzhou_recommenders, G_N_ELEMENTS (hangzhou_recommenders) },
};

/* The demo set: one line per application. */
typedef struct {
  guint                 round;        /* index into sample_rounds */
  const char           *recommender;
  SksStatus             status;
  const char           *master;
  SksGender             gender;
  int                   year, month, day;
  SksRetirementCategory retirement;
  const char           *political_status;
  const char           *occupation;
  const char           *skill_level;
  const char           *position;
  const char           *unit;
  SksUnitKind           unit_kind;
  const char           *legal_representative;
  const char           *contact;
  const char           *industry_chain;
  const char           *specialty;    /* what the master is best at */
  const char           *honour;
  const char           *email;        /* local part; the domain is example.com */
} DemoStudio;

#define M SKS_GENDER_MALE
#define F SKS_GENDER_FEMALE
#define M60 SKS_RETIREMENT_MALE_60
#define F55 SKS_RETIREMENT_FEMALE_55
#define F50 SKS_RETIREMENT_FEMALE_50
#define ENT SKS_UNIT_KIND_ENTERPRISE
#define IND SKS_UNIT_KIND_INDIVIDUAL_BUSINESS

/* Huzhou: everyone born after 1975-02-28, and in each county at least half
 * after 1980-02-28, as the notice asks (domain facts §0, §10.3). */
static const DemoStudio demo_studios[] = {
  { 0, "吴兴区", SKS_STATUS_SUBMITTED, "沈建明", M, 1979, 4, 12, M60, "中共党员", "数控车工",
    "高级技师", "数控车间主任", "湖州精达传动机械有限公司", ENT, "钱国平", "陆晓燕",
    "新能源汽车及关键零部件", "新能源汽车电机轴精密车削", "2022年湖州市技术能手", "hr.jingda" },
  { 0, "吴兴区", SKS_STATUS_RECOMMENDED, "姚丽萍", F, 1983, 9, 3, F50, "群众", "服装制版师", "技师",
    "版房主管", "湖州织里童韵服饰有限公司", ENT, "吴卫东", "朱佳", NULL, "童装立体裁剪与推板",
    "2023年湖州市服装制版师职业技能竞赛一等奖", "tongyun" },
  { 0, "吴兴区", SKS_STATUS_SUBMITTED, "王志刚", M, 1985, 1, 22, M60, "中共党员", "电工", "技师",
    "设备维修班长", "湖州恒远智能物流装备有限公司", ENT, "蔡明远", "邱婷", "智能物流装备",
    "自动化立体仓库电气控制系统调试", "2021年湖州市“五一劳动奖章”", "hengyuan" },
  { 0, "吴兴区", SKS_STATUS_SUBMITTED, "陈海峰", M, 1977, 11, 5, M60, "群众", "焊工", "高级技师",
    "焊接工艺主管", "湖州吴兴鑫达钢构有限公司", ENT, "陈永福", "沈丹", NULL,
    "大型钢结构全位置焊接", "2020年浙江省技术能手", "xinda.steel" },
  { 0, "吴兴区", SKS_STATUS_RECOMMENDED, "周晓雯", F, 1988, 6, 18, F55, "中共党员", "化学检验员",
    "技师", "质检部副部长", "湖州康源生物医药有限公司", ENT, "严志成", "孙倩", "生物医药",
    "原料药杂质谱分析", "2023年湖州市青年岗位能手", "kangyuan" },

  { 0, "南浔区", SKS_STATUS_RECOMMENDED, "费永林", M, 1976, 8, 9, M60, "群众", "湖笔制作工",
    "高级技师", "制笔车间主任", "湖州善琏文华笔庄有限公司", ENT, "费文华", "沈燕", NULL,
    "湖笔水盆与择笔工艺", "湖州市级非物质文化遗产代表性传承人", "wenhua.brush" },
  { 0, "南浔区", SKS_STATUS_SUBMITTED, "施国强", M, 1981, 2, 27, M60, "中共党员", "电梯安装维修工",
    "技师", "安装公司技术经理", "湖州南浔安升电梯有限公司", ENT, "施振兴", "徐丽", NULL,
    "电梯曳引系统故障诊断", "2022年湖州市技术能手", "ansheng" },
  { 0, "南浔区", SKS_STATUS_SUBMITTED, "潘美芬", F, 1984, 12, 1, F50, "群众", "家具制作工", "技师",
    "木作车间主任", "湖州南浔森工木业有限公司", ENT, "潘建林", "钮晓红", NULL,
    "实木地板拼花与榫卯工艺", "2021年南浔区首席技师", "sengong" },
  { 0, "南浔区", SKS_STATUS_RECOMMENDED, "闵建华", M, 1980, 3, 15, M60, "中共党员", "钳工",
    "高级技师", "装配车间主任", "湖州南浔宏达电机有限公司", ENT, "闵国强", "朱慧",
    "新能源汽车及关键零部件", "微特电机精密装配", "2019年浙江省技术能手", "hongda.motor" },

  { 0, "德清县", SKS_STATUS_SUBMITTED, "俞明辉", M, 1982, 10, 20, M60, "中共党员", "工程测量员",
    "高级技师", "测绘院技术总监", "德清地信测绘科技有限公司", ENT, "俞长青", "姚静", "地理信息",
    "北斗高精度测量与三维建模", "2022年浙江省测绘地理信息行业技术能手", "dixin" },
  { 0, "德清县", SKS_STATUS_RECOMMENDED, "蒋雪琴", F, 1986, 5, 8, F55, "中共党员", "民宿管家",
    "技师", "运营总监", "德清莫干山云栖民宿管理有限公司", ENT, "蒋立群", "沈悦", NULL,
    "莫干山民宿服务标准化", "2023年湖州市“金牌民宿管家”", "yunqi" },
  { 0, "德清县", SKS_STATUS_SUBMITTED, "朱卫国", M, 1978, 7, 30, M60, "群众", "化学检验员",
    "高级技师", "检测中心主任", "浙江德清科源药业有限公司", ENT, "朱德明", "莫凡", "生物医药",
    "药品微生物限度检验", "2018年湖州市技术能手", "keyuan" },
  { 0, "德清县", SKS_STATUS_SUBMITTED, "杨振宇", M, 1990, 9, 14, M60, "共青团员",
    "工业机器人系统运维员", "技师", "自动化部主管", "德清精工智能装备有限公司", ENT, "杨国华",
    "方琳", "智能物流装备", "焊装机器人离线编程", "2023年湖州市职业技能大赛一等奖",
    "jinggong" },

  { 0, "长兴县", SKS_STATUS_RECOMMENDED, "钱志强", M, 1979, 1, 19, M60, "中共党员", "电池制造工",
    "高级技师", "工艺工程师", "长兴恒力新能源电池有限公司", ENT, "钱伟民", "丁洁",
    "新能源汽车及关键零部件", "动力电池极片涂布工艺", "2021年浙江省技术能手", "hengli" },
  { 0, "长兴县", SKS_STATUS_SUBMITTED, "吴芳", F, 1985, 4, 2, F55, "群众", "茶艺师", "高级技师",
    "茶文化中心主任", "长兴顾渚茗香茶业有限公司", ENT, "吴天明", "赵敏", NULL,
    "紫笋茶冲泡与茶席设计", "2022年浙江省茶艺职业技能竞赛二等奖", "mingxiang" },
  { 0, "长兴县", SKS_STATUS_SUBMITTED, "陆建新", M, 1981, 12, 12, M60, "中共党员", "汽车维修工",
    "技师", "技术总监", "长兴安途汽车维修服务有限公司", ENT, "陆伟", "费晓", NULL,
    "新能源汽车高压系统检修", "2022年湖州市技术能手", "antu" },
  { 0, "长兴县", SKS_STATUS_RECOMMENDED, "徐海燕", F, 1987, 8, 25, F50, "中共党员", "电工", "技师",
    "电气班班长", "长兴绿能电力设备有限公司", ENT, "徐建国", "臧丽", "绿色能源",
    "光伏并网设备调试", "2023年长兴县“巾帼建功标兵”", "lvneng" },

  { 0, "安吉县", SKS_STATUS_RECOMMENDED, "章建平", M, 1977, 3, 6, M60, "中共党员", "评茶员",
    "高级技师", "生产技术部经理", "安吉溪龙御白茶业有限公司", ENT, "章国庆", "潘洁", NULL,
    "安吉白茶审评与加工", "2020年湖州市技术能手", "yubai" },
  { 0, "安吉县", SKS_STATUS_SUBMITTED, "叶秀英", F, 1982, 11, 11, F50, "群众", "竹编工", "技师",
    "竹编车间主任", "安吉竹韵工艺品有限公司", ENT, "叶志明", "程芳", NULL, "竹丝精编",
    "安吉县竹编技艺代表性传承人", "zhuyun" },
  { 0, "安吉县", SKS_STATUS_SUBMITTED, "金伟", M, 1984, 6, 6, M60, "群众", "家具制作工", "技师",
    "研发部主管", "安吉恒丰椅业有限公司", ENT, "金国荣", "郎静", NULL, "办公椅结构设计与装配",
    "2022年湖州市技术能手", "hengfeng" },
  /* Still being filled in: a draft may have gaps. */
  { 0, "安吉县", SKS_STATUS_DRAFT, "胡晓东", M, 1991, 2, 10, M60, "共青团员", "焊工", "技师",
    NULL, "安吉天子湖机械有限公司", ENT, NULL, NULL, NULL, "薄板氩弧焊", NULL, "tianzihu" },

  { 0, "南太湖新区", SKS_STATUS_SUBMITTED, "方振华", M, 1983, 7, 7, M60, "中共党员",
    "半导体分立器件和集成电路装调工", "技师", "封装车间主任", "湖州南太湖芯源半导体有限公司", ENT,
    "方永康", "许蕾", "半导体及光电", "功率器件封装工艺", "2022年湖州市技术能手", "xinyuan" },
  { 0, "南太湖新区", SKS_STATUS_RECOMMENDED, "郑丽娟", F, 1989, 10, 19, F55, "中共党员",
    "化学检验员", "技师", "质量部主管", "湖州南太湖光电材料有限公司", ENT, "郑宏", "刘婧",
    "半导体及光电", "光刻胶金属杂质检测", "2023年湖州市青年岗位能手", "guangdian" },
  { 0, "南太湖新区", SKS_STATUS_SUBMITTED, "沈伟强", M, 1980, 5, 28, M60, "群众", "数控铣工",
    "高级技师", "模具车间主任", "湖州南太湖精密模具有限公司", ENT, "沈建华", "王蓓",
    "新能源汽车及关键零部件", "汽车覆盖件模具五轴加工", "2021年浙江省技术能手", "jingmo" },

  /* Hangzhou: every stage of a studio's life; leaders at least three years
   * from their (delayed) retirement age when applying. */
  { 1, "上城区", SKS_STATUS_SUBMITTED, "王国栋", M, 1976, 2, 14, M60, "中共党员", "中式烹调师",
    "高级技师", "行政总厨", "杭州湖滨楼餐饮管理有限公司", ENT, "王立新", "蒋琳", NULL,
    "杭帮菜传统技法", "2019年“杭州工匠”", "hubinlou" },
  { 1, "拱墅区", SKS_STATUS_RECOMMENDED, "章国平", M, 1972, 9, 3, M60, "群众", "锻造工", "高级技师",
    "锻制车间主任", "杭州拱墅精锻刀剪有限公司", ENT, "章宏", "陈璐", NULL, "传统剪刀镶钢锻打",
    "杭州市级非物质文化遗产代表性传承人", "jingduan" },
  { 1, "西湖风景名胜区", SKS_STATUS_APPROVED, "汪美琴", F, 1978, 4, 22, F50, "群众", "茶叶加工工",
    "高级技师", "炒茶师傅", "杭州梅坞茗韵茶业有限公司", ENT, "汪建中", "何静", NULL,
    "西湖龙井手工炒制十大手法", "2021年杭州市“金牌炒茶师”", "mingyun" },
  { 1, "西湖区", SKS_STATUS_PUBLICIZED, "李建锋", M, 1981, 6, 30, M60, "中共党员",
    "工业机器人系统操作员", "技师", "智能产线主管", "杭州之江智能装备有限公司", ENT, "李明",
    "曹雪", NULL, "机器人视觉分拣系统调试", "2022年杭州市技术能手", "zhijiang" },
  { 1, "滨江区", SKS_STATUS_RECOMMENDED, "赵磊", M, 1987, 12, 9, M60, "中共党员",
    "网络与信息安全管理员", "高级技师", "安全运营中心经理", "杭州滨江云盾信息技术有限公司", ENT,
    "赵启明", "郑瑶", NULL, "工业控制系统安全攻防", "2023年浙江省技术能手", "yundun" },
  { 1, "萧山区", SKS_STATUS_APPROVED, "楼建军", M, 1975, 10, 16, M60, "中共党员", "汽车维修工",
    "高级技师", "售后技术总监", "杭州萧山远通汽车销售服务有限公司", ENT, "楼伟强", "韩梅", NULL,
    "汽车电控系统故障诊断", "2020年“杭州工匠”", "yuantong" },
  { 1, "萧山区", SKS_STATUS_RENEWED, "孔祥林", M, 1974, 5, 20, M60, "中共党员", "焊工", "高级技师",
    "焊接培训中心主任", "杭州萧山万联重工机械有限公司", ENT, "孔德兴", "俞佳", NULL,
    "压力容器焊接", "2018年浙江省技术能手", "wanlian" },
  { 1, "余杭区", SKS_STATUS_UNDER_REVIEW, "钟秀芳", F, 1982, 3, 3, F55, "群众", "茶艺师",
    "高级技师", "茶艺培训部经理", "杭州径山禅茶文化有限公司", ENT, "钟海", "范琳", NULL,
    "径山茶宴礼仪与茶艺", "2022年杭州市茶艺职业技能竞赛一等奖", "jingshan" },
  { 1, "临平区", SKS_STATUS_PUBLICIZED, "沈志华", M, 1979, 8, 8, M60, "群众", "数控铣工", "高级技师",
    "模具部经理", "杭州临平恒锐模具有限公司", ENT, "沈国良", "卢燕", NULL, "精密注塑模具加工",
    "2021年杭州市技术能手", "hengrui" },
  { 1, "钱塘区", SKS_STATUS_NOT_SELECTED, "马丽", F, 1990, 1, 26, F55, "中共党员", "药物制剂工",
    "技师", "制剂车间主任", "杭州钱塘康华制药有限公司", ENT, "马国栋", "邵婷", NULL,
    "冻干粉针剂生产工艺", "2023年钱塘区技术能手", "kanghua" },
  { 1, "富阳区", SKS_STATUS_REVOKED, "孙建国", M, 1970, 11, 2, M60, "中共党员", "钳工", "高级技师",
    "机修车间主任", "杭州富阳江滨机械有限公司", ENT, "孙伟", "金晶", NULL, "造纸机械装配与调试",
    "2016年杭州市技术能手", "jiangbin" },
  { 1, "上城区", SKS_STATUS_APPROVED, "陈秀珍", F, 1980, 7, 17, F50, "群众", "刺绣工", "高级技师",
    "店主", "杭州上城秀珍杭绣工作室", IND, "陈秀珍", "陈秀珍", NULL, "杭绣盘金绣",
    "杭州市级非物质文化遗产代表性传承人", "xiuzhen" },
};

#undef M
#undef F

/* Names and words for team members and synthetic applications */

static const char *const surnames[] = {
  "沈", "钱", "姚", "陆", "朱", "徐", "吴", "王", "张", "陈", "周", "费", "俞", "施", "潘", "蒋",
  "闵", "章", "杨", "胡", "方", "叶", "金", "郑", "孙", "李", "赵", "楼", "许", "马",
};

static const char *const male_given[] = {
  "建军", "志强", "海涛", "国庆", "伟东", "晓峰", "明杰", "永康", "俊", "磊", "浩然", "振宇",
  "宏伟", "立新", "家豪", "子豪", "文斌", "晨阳",
};

static const char *const female_given[] = {
  "丽华", "秀英", "晓燕", "佳怡", "雪梅", "婷婷", "慧敏", "静", "芳", "燕", "雨欣", "梦瑶",
  "彩霞", "玉兰", "思琪", "欣怡",
};

static const char *const member_levels[] = { "高级工", "技师", "技师", "高级技师", "中级工" };
static const char *const educations[] = { "大学本科", "大学专科", "技工学校", "职业高中", "中等专科" };
static const char *const political_statuses[] = { "中共党员", "群众", "群众", "共青团员" };
static const char *const colleges[] = {
  "湖州职业技术学院", "湖州交通技师学院", "浙江机电职业技术大学", "杭州技师学院",
  "杭州职业技术学院", "浙江工业职业技术学院",
};
static const char *const mobile_prefixes[] = {
  "138", "139", "135", "137", "158", "159", "188", "187", "136", "150", "151", "189",
};
static const char *const streets[] = {
  "创业大道", "工业大道", "科技路", "兴业路", "振兴路", "发展大道", "明珠路", "环城北路",
};

static const char *const firm_names[] = {
  "恒达", "精工", "华锐", "永泰", "鑫源", "立信", "宏远", "中天", "金鼎", "瑞丰", "天成", "广利",
  "正泰和", "博远", "新松", "创维达",
};

typedef struct {
  const char *occupation;
  const char *specialty;
  const char *chain;
  const char *business;   /* in the unit's name */
} Trade;

static const Trade trades[] = {
  { "数控车工", "精密轴类零件车削", "新能源汽车及关键零部件", "传动机械" },
  { "焊工", "不锈钢薄板氩弧焊", NULL, "钢结构" },
  { "电工", "智能配电系统调试", "绿色能源", "电气" },
  { "茶艺师", "名优绿茶冲泡", NULL, "茶业" },
  { "湖笔制作工", "湖笔择笔与装套", NULL, "笔业" },
  { "汽车维修工", "新能源汽车电池管理系统检修", "新能源汽车及关键零部件", "汽车服务" },
  { "化学检验员", "原料药理化检验", "生物医药", "生物医药" },
  { "钳工", "精密设备装配", "智能物流装备", "智能装备" },
  { "数控铣工", "五轴联动加工", "新能源汽车及关键零部件", "精密模具" },
  { "工业机器人系统运维员", "机器人工作站维护", "智能物流装备", "自动化科技" },
  { "中式烹调师", "杭帮菜烹饪", NULL, "餐饮管理" },
  { "家具制作工", "实木家具榫卯制作", NULL, "家居" },
};

static const SksStatus complete_statuses[] = {
  SKS_STATUS_SUBMITTED, SKS_STATUS_SUBMITTED, SKS_STATUS_RECOMMENDED, SKS_STATUS_RECOMMENDED,
  SKS_STATUS_UNDER_REVIEW, SKS_STATUS_PUBLICIZED, SKS_STATUS_APPROVED, SKS_STATUS_NOT_SELECTED,
  SKS_STATUS_RENEWED, SKS_STATUS_REVOKED,
};

/* A deterministic mix of two numbers, so that a seed gives the same
 * application on every machine (GRand would do too, but this needs no state). */
static guint32
mix (guint32 a,
     guint32 b)
{
  guint32 h = a * 0x9E3779B1u ^ (b + 0x7F4A7C15u + (a << 6) + (a >> 2));

  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

#define PICK(array, seed, salt) ((array)[mix ((seed), (salt)) % G_N_ELEMENTS (array)])

/* Keeps at most @max_chars characters: Annex 2 limits some texts. */
static char *
truncate_chars (char  *text,
                guint  max_chars)
{
  if ((guint) g_utf8_strlen (text, -1) > max_chars)
    *g_utf8_offset_to_pointer (text, max_chars) = '\0';
  return text;
}

static char *
make_id_number (const char *area,
                int         year,
                int         month,
                int         day,
                SksGender   gender,
                guint32     seed)
{
  char id[19];
  /* The 17th character is odd for men and even for women. */
  guint sequence = (mix (seed, 17) % 500) * 2 + (gender == SKS_GENDER_MALE ? 1 : 0);

  g_snprintf (id, sizeof id, "%.6s%04d%02d%02d%03u", area, year, month, day, sequence);
  id[17] = sks_id_number_check_char (id);
  id[18] = '\0';
  return g_strdup (id);
}

static char *
make_mobile (guint32 seed)
{
  return g_strdup_printf ("%s%08u", PICK (mobile_prefixes, seed, 1), mix (seed, 2) % 100000000);
}

/* 0572 numbers have 7 digits, 0571 numbers 8 (domain facts §9). */
static char *
make_landline (const SampleRound *round,
               guint32            seed)
{
  guint first = 2 + mix (seed, 3) % 7;

  if (round->phone_digits == 7)
    return g_strdup_printf ("%s-%u%06u", round->phone_area, first, mix (seed, 4) % 1000000);
  return g_strdup_printf ("%s-%u%07u", round->phone_area, first, mix (seed, 4) % 10000000);
}

static char *
make_person_name (SksGender gender,
                  guint32   seed)
{
  return g_strconcat (PICK (surnames, seed, 5),
                      gender == SKS_GENDER_MALE ? PICK (male_given, seed, 6)
                                                : PICK (female_given, seed, 6),
                      NULL);
}

static char *
make_date (const char *month,
           guint       day)
{
  return g_strdup_printf ("%s-%02u", month, day);
}

/* Rounds */

static gboolean
add_recommenders (SksStore           *store,
                  const SampleRound  *sample,
                  gint64              round_id,
                  GError            **error)
{
  for (guint i = 0; i < sample->n_recommenders; i++)
    {
      const SampleRecommender *r = &sample->recommenders[i];
      g_autoptr(SksRecommender) recommender = NULL;
      g_autoptr(GError) local_error = NULL;

      recommender = sks_store_find_recommender (store, round_id, r->name, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (recommender != NULL)
        continue;

      recommender = sks_recommender_new (r->name, r->kind, r->quota);
      g_object_set (recommender, "code", r->code, "sort-order", (gint64) i + 1, NULL);
      sks_recommender_set_round_id (recommender, round_id);
      if (!sks_store_save_recommender (store, recommender, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_sample_add_rounds:
 *
 * Adds the two sample rounds (Huzhou 2025, Hangzhou 2023) and their
 * recommending units to @store, where missing. Existing ones are left as
 * they are.
 */
gboolean
sks_sample_add_rounds (SksStore  *store,
                       GError   **error)
{
  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (sample_rounds); i++)
    {
      const SampleRound *sample = &sample_rounds[i];
      g_autoptr(GError) local_error = NULL;
      g_autoptr(SksRound) round = sks_store_find_round (store, sample->key, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (round == NULL)
        {
          round = sks_round_new (sample->key, sample->city, sample->year);
          g_object_set (round,
                        "policy-id", sample->key,
                        "title", sample->title,
                        "document-number", sample->document_number,
                        "issuing-bureau", sample->issuing_bureau,
                        "reference-date", sample->reference_date,
                        "deadline", sample->deadline,
                        NULL);
          if (!sks_store_save_round (store, round, error))
            return FALSE;
        }
      if (!add_recommenders (store, sample, sks_round_get_id (round), error))
        return FALSE;
    }
  return TRUE;
}

/* The ids of the sample rounds' recommending units, in the order of the
 * tables above, Huzhou first. */
typedef struct {
  const SampleRound       *round;
  const SampleRecommender *recommender;
  gint64                   round_id;
  gint64                   recommender_id;
} Placement;

static GArray *
find_placements (SksStore  *store,
                 GError   **error)
{
  g_autoptr(GArray) placements = g_array_new (FALSE, FALSE, sizeof (Placement));

  for (guint i = 0; i < G_N_ELEMENTS (sample_rounds); i++)
    {
      const SampleRound *sample = &sample_rounds[i];
      g_autoptr(SksRound) round = sks_store_find_round (store, sample->key, error);

      if (round == NULL)
        {
          if (error && *error == NULL)
            g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                         _("The round “%s” is not in the document"), sample->key);
          return NULL;
        }
      for (guint j = 0; j < sample->n_recommenders; j++)
        {
          g_autoptr(SksRecommender) recommender =
            sks_store_find_recommender (store, sks_round_get_id (round),
                                        sample->recommenders[j].name, error);
          Placement placement = { sample, &sample->recommenders[j], sks_round_get_id (round), 0 };

          if (recommender == NULL)
            {
              if (error && *error == NULL)
                g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_NOT_FOUND,
                             _("The recommending unit “%s” is not in the document"),
                             sample->recommenders[j].name);
              return NULL;
            }
          placement.recommender_id = sks_recommender_get_id (recommender);
          g_array_append_val (placements, placement);
        }
    }
  return g_steal_pointer (&placements);
}

static const Placement *
find_placement (GArray     *placements,
                const char *round_key,
                const char *recommender)
{
  for (guint i = 0; i < placements->len; i++)
    {
      const Placement *p = &g_array_index (placements, Placement, i);
      if (g_str_equal (p->round->key, round_key) && g_str_equal (p->recommender->name, recommender))
        return p;
    }
  g_return_val_if_reached (NULL);
}

/* The parts of an application */

static SksTeamMember *
make_member (const char *occupation,
             guint32     seed)
{
  SksGender gender = mix (seed, 7) % 3 ? SKS_GENDER_MALE : SKS_GENDER_FEMALE;
  g_autofree char *name = make_person_name (gender, seed);
  g_autofree char *birth = g_strdup_printf ("%u-%02u", 1975 + mix (seed, 8) % 26,
                                            1 + mix (seed, 9) % 12);
  const char *level = PICK (member_levels, seed, 10);
  g_autofree char *achievements =
    g_strdup_printf ("参与工作室技术攻关项目%u项，提出合理化建议%u条，获%u年度企业“优秀员工”称号。",
                     1 + mix (seed, 11) % 4, 2 + mix (seed, 12) % 9, 2019 + mix (seed, 13) % 5);
  g_autofree char *specialty = g_strdup_printf ("%s，熟练掌握本岗位%s技能", occupation, level);

  return g_object_new (SKS_TYPE_TEAM_MEMBER,
                       "name", name,
                       "gender", gender,
                       "birth", birth,
                       "education", PICK (educations, seed, 14),
                       "occupation", occupation,
                       "skill-level", level,
                       "specialty", specialty,
                       "achievements", achievements,
                       "employed-by-unit", TRUE,
                       NULL);
}

static void
add_team (SksStudio  *studio,
          const char *occupation,
          guint       n_members,
          guint32     seed)
{
  for (guint i = 0; i < n_members; i++)
    {
      g_autoptr(SksTeamMember) member = make_member (occupation, mix (seed, 100 + i));
      sks_studio_add_team_member (studio, member);
    }
}

static void
add_attachments (SksStudio  *studio,
                 const char *report,
                 guint32     seed)
{
  g_autoptr(GBytes) text = g_bytes_new (report, strlen (report));
  g_autoptr(SksAttachment) a = sks_attachment_new (SKS_ATTACHMENT_APPLICATION_REPORT,
                                                   "申报报告.txt", "text/plain", text);

  sks_studio_add_attachment (studio, a);
  if (seed % 2 == 0)
    {
      static const char certificate[] =
        "职业技能等级证书（样例，非真实证书）\n本文件仅用于演示 Skill Studio。\n";
      g_autoptr(GBytes) bytes = g_bytes_new_static (certificate, sizeof certificate - 1);
      g_autoptr(SksAttachment) b = sks_attachment_new (SKS_ATTACHMENT_SKILL_CERTIFICATE,
                                                       "职业技能等级证书（样例）.txt", "text/plain",
                                                       bytes);
      sks_studio_add_attachment (studio, b);
    }
}

/* What an application needs besides its master's own data. */
typedef struct {
  const Placement *placement;
  const char      *unit;
  SksUnitKind      unit_kind;
  const char      *legal_representative;
  const char      *contact;
  const char      *email;
  const char      *industry_chain;
  const char      *specialty;
  const char      *honour;
  const char      *occupation;
  const char      *skill_level;
  SksStatus        status;
  int              birth_year;
  guint            n_members;
  guint32          seed;
} Outline;

static SksFiscalAffiliation
fiscal_affiliation (const SampleRecommender *recommender)
{
  switch (recommender->kind)
    {
    case SKS_RECOMMENDER_DISTRICT:
      return SKS_FISCAL_DISTRICT;
    case SKS_RECOMMENDER_COUNTY:
      return SKS_FISCAL_COUNTY;
    case SKS_RECOMMENDER_ZONE:
    case SKS_RECOMMENDER_CITY_DEPARTMENT:
    default:
      return SKS_FISCAL_CITY;
    }
}

static void
fill_unit (SksStudio     *studio,
           const Outline *o)
{
  const SampleRecommender *r = o->placement->recommender;
  g_autofree char *mobile = make_mobile (mix (o->seed, 20));
  g_autofree char *phone = make_landline (o->placement->round, mix (o->seed, 21));
  g_autofree char *fax = make_landline (o->placement->round, mix (o->seed, 22));
  g_autofree char *email = g_strdup_printf ("%s@example.com", o->email);
  g_autofree char *address =
    g_strdup_printf ("浙江省%s%s%s%u号", r->place, PICK (r->towns, o->seed, 23),
                     PICK (streets, o->seed, 24), 1 + mix (o->seed, 25) % 399);
  g_autofree char *profile =
    g_strdup_printf ("%s成立于%u年，主营%s相关产品与服务，现有职工%u人，其中高技能人才%u人。"
                     "公司重视技能人才培养，建有职工培训中心和技能等级自主评价制度。",
                     o->unit, 1992 + mix (o->seed, 26) % 25, o->occupation,
                     80 + mix (o->seed, 27) % 900, 10 + mix (o->seed, 28) % 60);

  g_object_set (sks_studio_get_unit (studio),
                "name", o->unit,
                "legal-representative", o->legal_representative,
                "kind", o->unit_kind,
                "fiscal-affiliation", fiscal_affiliation (r),
                "contact-name", o->contact,
                "contact-position", o->unit_kind == SKS_UNIT_KIND_INDIVIDUAL_BUSINESS
                                      ? "经营者" : "人力资源部经理",
                "email", email,
                "mobile", mobile,
                "office-phone", phone,
                "fax", mix (o->seed, 29) % 3 ? fax : NULL,
                "address", address,
                "postcode", r->postcode,
                "profile", profile,
                NULL);
}

static void
fill_master (SksStudio             *studio,
             const Outline         *o,
             const char            *name,
             SksGender              gender,
             int                    month,
             int                    day,
             SksRetirementCategory  retirement,
             const char            *political_status,
             const char            *position)
{
  const SampleRecommender *r = o->placement->recommender;
  g_autofree char *id_number = make_id_number (r->id_area, o->birth_year, month, day, gender,
                                               o->seed);
  g_autofree char *mobile = make_mobile (mix (o->seed, 30));
  g_autofree char *birth = g_strdup_printf ("%04d-%02d", o->birth_year, month);
  gint64 years = MIN (60, MAX (1, o->placement->round->year - o->birth_year - 20));
  g_autofree char *profile =
    g_strdup_printf ("%d年参加工作，一直从事%s工作。%s，%s。先后在生产一线担任班组长、%s，"
                     "长期承担企业关键工序的技术攻关和新员工带教任务。",
                     o->birth_year + 19, o->occupation, o->specialty ? o->specialty : "技艺全面",
                     o->honour ? o->honour : "多次获企业表彰", position ? position : "技术骨干");
  g_autofree char *honours = g_strdup_printf ("%s；企业“优秀员工”（%u年）",
                                              o->honour ? o->honour : "企业技术标兵",
                                              2015 + mix (o->seed, 31) % 8);

  g_object_set (sks_studio_get_master (studio),
                "name", name,
                "gender", gender,
                "ethnicity", mix (o->seed, 32) % 40 ? "汉族" : "畲族",
                "birth", birth,
                "political-status", political_status,
                "position", position,
                "id-number", id_number,
                "mobile", mobile,
                "occupation", o->occupation,
                "skill-level", o->skill_level,
                "occupation-top-level", g_str_equal (o->skill_level, "高级技师"),
                "honours", honours,
                "unique-skills", o->specialty,
                "full-time-years", years,
                "frontline", TRUE,
                "retirement-category", retirement,
                "retired", FALSE,
                "rehired", FALSE,
                "profile", profile,
                NULL);
}

static char *
make_studio_texts (const Outline  *o,
                   const char     *master,
                   char          **introduction,
                   char          **facilities)
{
  guint seed = o->seed;
  guint n_senior = 1 + mix (seed, 40) % MAX (1, o->n_members / 2);
  char *achievements =
    g_strdup_printf ("从事%s工作%u年，擅长%s。获%s。主持技术攻关项目%u项，获国家实用新型专利%u项，"
                     "累计带徒%u人，其中%u人取得技师、%u人取得高级技师职业技能等级。",
                     o->occupation, 8 + mix (seed, 41) % 20,
                     o->specialty ? o->specialty : "本职业关键技能",
                     o->honour ? o->honour : "企业技术标兵称号",
                     2 + mix (seed, 42) % 8, 1 + mix (seed, 43) % 6, 12 + mix (seed, 44) % 40,
                     3 + mix (seed, 45) % 8, 1 + mix (seed, 46) % 3);

  *introduction =
    g_strdup_printf ("工作室由%s领衔，依托%s建立，现有团队成员%u人（含高级技师%u名）。工作室以%s为主攻方向，"
                     "开展技术攻关、技艺传承和名师带徒，每年开展技能培训%u期、培训职工%u人次，"
                     "与%s开展校企合作，建有带徒协议和学员花名册，近三年解决生产技术难题%u项，"
                     "产生经济效益约%u万元。",
                     master, o->unit, o->n_members, n_senior,
                     o->specialty ? o->specialty : o->occupation, 4 + mix (seed, 47) % 8,
                     120 + mix (seed, 48) % 600, PICK (colleges, seed, 49),
                     3 + mix (seed, 50) % 12, 50 + mix (seed, 51) % 500);
  *facilities =
    g_strdup_printf ("工作室设有技能实训区、技术研讨室和成果展示区，配备实训工位%u个、"
                     "多媒体教学设备一套，设备总值约%u万元；单位每年安排工作室专项经费%u万元。",
                     6 + mix (seed, 52) % 20, 30 + mix (seed, 53) % 300, 5 + mix (seed, 54) % 20);

  *introduction = truncate_chars (*introduction, 300);
  return truncate_chars (achievements, 200);
}

static void
fill_studio (SksStudio     *studio,
             const Outline *o,
             const char    *master)
{
  const SampleRound *round = o->placement->round;
  g_autofree char *name = g_strdup_printf ("%s%s技能大师工作室", master, o->occupation);
  g_autofree char *introduction = NULL;
  g_autofree char *facilities = NULL;
  g_autofree char *achievements = make_studio_texts (o, master, &introduction, &facilities);
  g_autofree char *location = g_strdup_printf ("%s%u号楼%u层", o->unit, 1 + mix (o->seed, 60) % 6,
                                               1 + mix (o->seed, 61) % 5);
  g_autofree char *application_date = make_date (round->application_month,
                                                 3 + mix (o->seed, 62) % 10);
  g_autofree char *received_date = make_date (round->application_month,
                                              14 + mix (o->seed, 63) % 3);
  gboolean approved = o->status == SKS_STATUS_APPROVED || o->status == SKS_STATUS_RENEWED ||
                      o->status == SKS_STATUS_REVOKED;
  gboolean recommended = o->status != SKS_STATUS_DRAFT && o->status != SKS_STATUS_SUBMITTED;
  const char *approved_date = NULL;

  /* Renewed and revoked studios were approved in an earlier year. */
  if (o->status == SKS_STATUS_RENEWED)
    approved_date = "2021-07-09";
  else if (o->status == SKS_STATUS_REVOKED)
    approved_date = "2020-06-30";
  else if (approved)
    approved_date = round->approval_date ? round->approval_date : "2025-06-30";

  g_object_set (studio,
                "name", name,
                "status", o->status,
                "location", location,
                "area", (double) (60 + mix (o->seed, 64) % 240) + (mix (o->seed, 65) % 2 ? 0.5 : 0),
                "facilities", facilities,
                "achievements", achievements,
                "introduction", introduction,
                "team-notes", "团队成员均为申报单位在职职工，实行“一师多徒”带教，每月开展一次技术研讨。",
                "industry-chain", o->industry_chain,
                "prior-level", round->year == 2023 ? SKS_PRIOR_LEVEL_DISTRICT
                                                   : (int) (mix (o->seed, 66) % 3),
                "application-date", application_date,
                "received-date", o->status == SKS_STATUS_DRAFT ? NULL : received_date,
                "approved-date", approved_date,
                "unit-opinion", o->status == SKS_STATUS_DRAFT ? NULL : "情况属实，同意申报。",
                "recommender-opinion", recommended ? "经审核，申报材料真实完整，同意推荐。" : NULL,
                NULL);
}

/* Demo applications get deterministic uuids, so that adding the demo twice
 * is noticed; synthetic ones get random uuids, so they can be added again. */
static char *
make_demo_uuid (guint index)
{
  g_autofree char *input = g_strdup_printf ("skill-studio-sample-demo-%u", index);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, input, -1);

  return g_strdup_printf ("%.8s-%.4s-4%.3s-a%.3s-%.12s", digest, digest + 8, digest + 12,
                          digest + 15, digest + 18);
}

static SksStudio *
make_demo_studio (const DemoStudio *d,
                  guint             index,
                  const Placement  *placement)
{
  SksStudio *studio = sks_studio_new ();
  g_autofree char *uuid = make_demo_uuid (index);
  g_autofree char *report = NULL;
  Outline o = {
    .placement = placement,
    .unit = d->unit,
    .unit_kind = d->unit_kind,
    .legal_representative = d->legal_representative,
    .contact = d->contact,
    .email = d->email,
    .industry_chain = d->industry_chain,
    .specialty = d->specialty,
    .honour = d->honour,
    .occupation = d->occupation,
    .skill_level = d->skill_level,
    .status = d->status,
    .birth_year = d->year,
    .n_members = 3 + index % 4,
    .seed = mix (index, 2025),
  };

  sks_studio_set_uuid (studio, uuid);
  fill_unit (studio, &o);
  fill_master (studio, &o, d->master, d->gender, d->month, d->day, d->retirement,
               d->political_status, d->position);
  fill_studio (studio, &o, d->master);
  add_team (studio, d->occupation, o.n_members, o.seed);
  report = g_strdup_printf ("%s申报报告（样例）\n\n%s\n\n%s\n", sks_studio_get_name (studio),
                            sks_studio_get_introduction (studio),
                            sks_studio_get_achievements (studio));
  add_attachments (studio, report, index);

  if (d->status == SKS_STATUS_DRAFT)
    g_object_set (studio, "area", 0.0, "facilities", NULL, "achievements", NULL, NULL);

  sks_studio_set_round_id (studio, placement->round_id);
  sks_studio_set_recommender_id (studio, placement->recommender_id);
  return studio;
}

/**
 * sks_sample_make_demo:
 *
 * Makes the realistic demo applications of both sample rounds, linked to
 * the rounds and recommending units of @store (see sks_sample_add_rounds()).
 *
 * Returns: (transfer full) (element-type SksStudio): the applications, or
 *   %NULL with @error set
 */
GPtrArray *
sks_sample_make_demo (SksStore  *store,
                      GError   **error)
{
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GPtrArray) studios = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  placements = find_placements (store, error);
  if (placements == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (demo_studios); i++)
    {
      const DemoStudio *d = &demo_studios[i];
      const Placement *p = find_placement (placements, sample_rounds[d->round].key,
                                           d->recommender);
      g_ptr_array_add (studios, make_demo_studio (d, i, p));
    }
  return g_steal_pointer (&studios);
}

/* Synthetic applications */

static SksStudio *
make_synthetic_studio (GArray *placements,
                       guint   seed,
                       guint   n_members)
{
  const Placement *p = &g_array_index (placements, Placement, mix (seed, 70) % placements->len);
  const Trade *trade = &PICK (trades, seed, 71);
  SksGender gender = mix (seed, 72) % 4 ? SKS_GENDER_MALE : SKS_GENDER_FEMALE;
  SksRetirementCategory retirement = gender == SKS_GENDER_MALE ? SKS_RETIREMENT_MALE_60
                                     : mix (seed, 73) % 2 ? SKS_RETIREMENT_FEMALE_55
                                                          : SKS_RETIREMENT_FEMALE_50;
  g_autofree char *master = make_person_name (gender, mix (seed, 74));
  g_autofree char *legal = make_person_name (SKS_GENDER_MALE, mix (seed, 75));
  g_autofree char *contact = make_person_name (SKS_GENDER_FEMALE, mix (seed, 76));
  /* "湖州恒达传动机械有限公司" */
  g_autofree char *unit = g_strdup_printf ("%s%s%s有限公司", p->round->short_city,
                                           PICK (firm_names, seed, 77), trade->business);
  g_autofree char *email = g_strdup_printf ("studio%u", seed);
  g_autofree char *honour = g_strdup_printf ("%u年%s技术能手", 2015 + mix (seed, 78) % 9,
                                             p->round->city);
  SksStudio *studio = sks_studio_new ();
  Outline o = {
    .placement = p,
    .unit = unit,
    .unit_kind = SKS_UNIT_KIND_ENTERPRISE,
    .legal_representative = legal,
    .contact = contact,
    .email = email,
    .industry_chain = p->round->year == 2025 ? trade->chain : NULL,
    .specialty = trade->specialty,
    .honour = honour,
    .occupation = trade->occupation,
    .skill_level = mix (seed, 79) % 2 ? "高级技师" : "技师",
    .status = PICK (complete_statuses, seed, 80),
    .birth_year = 1976 + mix (seed, 81) % 16,
    .n_members = n_members ? n_members : 3 + mix (seed, 82) % 4,
    .seed = mix (seed, 83),
  };

  fill_unit (studio, &o);
  fill_master (studio, &o, master, gender, 1 + mix (seed, 84) % 12, 1 + mix (seed, 85) % 28,
               retirement, PICK (political_statuses, seed, 86), "车间主任");
  fill_studio (studio, &o, master);
  add_team (studio, trade->occupation, o.n_members, o.seed);
  sks_studio_set_round_id (studio, p->round_id);
  sks_studio_set_recommender_id (studio, p->recommender_id);
  return studio;
}

/**
 * sks_sample_make_studios:
 * @first: the seed of the first application
 * @count: how many
 * @n_members: team members per application; 0 for three to six
 *
 * Makes synthetic applications, spread over the recommending units of both
 * sample rounds (which @store must have, see sks_sample_add_rounds()). The
 * same seed gives the same content (not the same uuid). They validate as
 * complete and carry no attachments.
 *
 * Returns: (transfer full) (element-type SksStudio): the applications, or
 *   %NULL with @error set
 */
GPtrArray *
sks_sample_make_studios (SksStore  *store,
                         guint      first,
                         guint      count,
                         guint      n_members,
                         GError   **error)
{
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GPtrArray) studios = g_ptr_array_new_full (count, g_object_unref);

  g_return_val_if_fail (SKS_IS_STORE (store), NULL);

  placements = find_placements (store, error);
  if (placements == NULL)
    return NULL;
  for (guint i = 0; i < count; i++)
    g_ptr_array_add (studios, make_synthetic_studio (placements, first + i, n_members));
  return g_steal_pointer (&studios);
}

/* An evaluation of the year after approval for each approved or renewed
 * Hangzhou demo studio, scored on the notice's 附件2, so the app and the
 * CLI have filled-in tables to show. The grade is the assessors' choice
 * (the notice sets no score thresholds); the demo varies it. */
static SksEvaluation *
make_demo_evaluation (SksRubric *rubric,
                      SksStudio *studio,
                      guint      index)
{
  static const SksEvaluationGrade grades[] = {
    SKS_EVALUATION_GRADE_EXCELLENT, SKS_EVALUATION_GRADE_QUALIFIED,
  };
  SksEvaluation *evaluation = sks_evaluation_new (sks_studio_get_id (studio),
                                                  SKS_EVALUATION_KIND_ANNUAL, 2024);

  g_object_set (evaluation, "assessment-date", "2025-01-20", "assessors", "周建华、沈丽、何平",
                "grade", grades[index % G_N_ELEMENTS (grades)], NULL);
  for (guint i = 0; i < sks_rubric_get_n_items (rubric); i++)
    {
      const SksRubricItem *item = sks_rubric_get_item (rubric, i);
      gint64 off = (gint64) (mix (index, 60 + i) % 3) * 50;

      sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_SELF, MAX (item->points - off, 0));
      sks_evaluation_set_score (evaluation, item->id, SKS_SCORE_ASSESSOR,
                                MAX (item->points - off - (index % 2) * 100, 0));
    }
  return evaluation;
}

static gboolean
add_demo_evaluations (SksStore   *store,
                      GPtrArray  *studios,
                      GError    **error)
{
  g_autoptr(SksRound) round = sks_store_find_round (store, SKS_SAMPLE_ROUND_HANGZHOU, NULL);
  g_autoptr(SksPolicy) policy = NULL;
  SksRubric *rubric;
  guint n = 0;

  if (round == NULL)
    return TRUE;
  if ((policy = sks_policy_lookup (sks_round_get_policy_id (round), error)) == NULL)
    return FALSE;
  rubric = sks_policy_get_rubric (policy, SKS_EVALUATION_KIND_ANNUAL);
  for (guint i = 0; rubric != NULL && i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);
      SksStatus status = sks_studio_get_status (studio);
      g_autoptr(SksEvaluation) evaluation = NULL;

      if (sks_studio_get_round_id (studio) != sks_round_get_id (round) ||
          (status != SKS_STATUS_APPROVED && status != SKS_STATUS_RENEWED))
        continue;
      evaluation = make_demo_evaluation (rubric, studio, n++);
      if (!sks_store_save_evaluation (store, evaluation, error))
        return FALSE;
    }
  return TRUE;
}

/* The reviewers' work on the Huzhou round, so that the 评审 view opens on
 * something to look at: a city panel, the round's sheet, submitted scores
 * (one changed after submission, with a reason), and findings. Everything
 * goes through the store's checks, as the bureau's clerk. */

#define SAMPLE_CLERK "褚晓岚"

typedef struct {
  const char   *name;
  const char   *work_unit;   /* NULL: the applying unit of the first candidate (a conflict) */
  const char   *title;
  SksPanelRole  role;
  gboolean      scores;
} SampleReviewer;

static const SampleReviewer sample_reviewers[] = {
  { "沈国华", "湖州市职业技能鉴定指导中心", "高级工程师", SKS_PANEL_ROLE_CHAIR, TRUE },
  { "钱玉芬", "湖州职业技术学院", "教授", SKS_PANEL_ROLE_EXPERT, TRUE },
  { "陆志远", "湖州交通技师学院", "高级讲师", SKS_PANEL_ROLE_EXPERT, TRUE },
  { "严卫平", NULL, "正高级工程师", SKS_PANEL_ROLE_EXPERT, TRUE },
  /* Has not scored yet. */
  { "张慧琴", "湖州市总工会职工技协", "高级技师", SKS_PANEL_ROLE_EXPERT, FALSE },
};

/* The applicant whose unit 严卫平 works at. */
#define CONFLICT_MASTER "周晓雯"

static const char *const finding_notes[SKS_N_CHECK_ITEMS] = {
  "所在单位和街道出具无违法违纪证明",
  "技术攻关项目立项书已核",
  "带徒协议和学员花名册已核",
  "实地查看工作场地",
  "设备清单与现场一致",
  "单位专项经费预算文件已核",
  "管理制度文件齐全",
};

typedef struct {
  const char   *master;
  SksCheckItem  not_met;   /* SKS_N_CHECK_ITEMS: every check met */
  const char   *note;      /* for the check not met */
  const char   *on;
} SampleFindings;

static const SampleFindings sample_findings[] = {
  { "姚丽萍", SKS_N_CHECK_ITEMS, NULL, "2025-04-08" },
  { "费永林", SKS_N_CHECK_ITEMS, NULL, "2025-04-08" },
  { "闵建华", SKS_N_CHECK_ITEMS, NULL, "2025-04-09" },
  { "钱志强", SKS_N_CHECK_ITEMS, NULL, "2025-04-09" },
  { "徐海燕", SKS_CHECK_ITEM_SUPPORT_FUNDING, "单位未安排工作室专项经费，仅有口头承诺",
    "2025-04-10" },
};

static SksStudio *
find_demo_studio (GPtrArray  *studios,
                  const char *master)
{
  for (guint i = 0; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);

      if (g_strcmp0 (sks_master_get_name (sks_studio_get_master (studio)), master) == 0)
        return studio;
    }
  return NULL;
}

/* Every criterion in proportion to its maximum, summing to @total points. */
static gboolean
score_candidate (SksStore       *store,
                 GListModel     *sheet,
                 SksPanelMember *member,
                 gint64          studio_id,
                 guint           total,
                 GError        **error)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (SksScoreEntry));
  guint n = g_list_model_get_n_items (sheet);
  gint64 left = (gint64) total * 100;

  for (guint c = 0; c < n; c++)
    {
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (sheet, c);
      gint64 max = sks_score_criterion_get_max_points (criterion);
      gint64 points = c + 1 < n ? (gint64) total * max / 100 : left;
      SksScoreEntry entry = { sks_panel_member_get_id (member), studio_id,
                              sks_score_criterion_get_id (criterion), CLAMP (points, 0, max) };

      left -= entry.points;
      g_array_append_val (entries, entry);
    }
  return sks_store_set_scores (store, entries, NULL, error);
}

static gboolean
add_demo_scores (SksStore   *store,
                 SksRound   *round,
                 GPtrArray  *studios,
                 GError    **error)
{
  g_autoptr(SksPolicy) policy = sks_policy_lookup (sks_round_get_policy_id (round), error);
  g_autoptr(GPtrArray) defaults = NULL;
  g_autoptr(GListModel) sheet = NULL;
  g_autoptr(SksPanel) panel = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (gint64));
  SksStudio *conflicted = find_demo_studio (studios, CONFLICT_MASTER);
  gint64 round_id = sks_round_get_id (round);
  gint64 changed_studio = 0;

  if (policy == NULL)
    return FALSE;
  panel = sks_store_get_panel (store, round_id, SKS_PANEL_LEVEL_CITY, 0, TRUE, error);
  if (panel == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (sample_reviewers); i++)
    {
      const SampleReviewer *r = &sample_reviewers[i];
      g_autoptr(SksPanelMember) member = sks_panel_member_new ();

      sks_panel_member_set_panel_id (member, sks_panel_get_id (panel));
      sks_panel_member_set_name (member, r->name);
      sks_panel_member_set_work_unit (member, r->work_unit != NULL
                                      ? r->work_unit
                                      : sks_unit_get_name (sks_studio_get_unit (conflicted)));
      sks_panel_member_set_title (member, r->title);
      sks_panel_member_set_role (member, r->role);
      if (!sks_store_add_panel_member (store, member, error))
        return FALSE;
      g_ptr_array_add (members, g_steal_pointer (&member));
    }

  defaults = sks_policy_create_score_sheet (policy);
  sheet = sks_store_ensure_score_sheet (store, round_id, defaults, error);
  if (sheet == NULL)
    return FALSE;

  /* The recommended candidates (已推荐 or further) of the round. */
  for (guint i = 0; i < studios->len; i++)
    {
      SksStudio *studio = g_ptr_array_index (studios, i);
      SksStatus status = sks_studio_get_status (studio);
      gint64 id = sks_studio_get_id (studio);

      if (sks_studio_get_round_id (studio) != round_id || status == SKS_STATUS_DRAFT ||
          status == SKS_STATUS_SUBMITTED || status == SKS_STATUS_WITHDRAWN)
        continue;
      g_array_append_val (candidates, id);
    }

  for (guint m = 0; m < members->len; m++)
    {
      SksPanelMember *member = g_ptr_array_index (members, m);

      if (!sample_reviewers[m].scores)
        continue;
      for (guint c = 0; c < candidates->len; c++)
        {
          gint64 id = g_array_index (candidates, gint64, c);

          /* The reviewer with a conflict of interest abstains (回避). */
          if (sample_reviewers[m].work_unit == NULL && id == sks_studio_get_id (conflicted))
            continue;
          if (!score_candidate (store, sheet, member, id, 72 + mix (c, 300 + m) % 21, error))
            return FALSE;
        }
      if (!sks_store_submit_sheet (store, sks_panel_member_get_id (member), error))
        return FALSE;
    }

  /* A reviewer corrects a submitted score: it needs a reason and leaves
   * score history. */
  if (candidates->len > 0)
    {
      SksPanelMember *member = g_ptr_array_index (members, 1);
      g_autoptr(SksScoreCriterion) criterion = g_list_model_get_item (sheet, 0);
      g_autoptr(GArray) scores = sks_store_list_scores (store, sks_panel_member_get_id (member),
                                                        error);
      gint64 max = sks_score_criterion_get_max_points (criterion);
      gint64 old_points = -1;

      if (scores == NULL)
        return FALSE;
      changed_studio = g_array_index (candidates, gint64, 0);
      for (guint i = 0; i < scores->len; i++)
        {
          const SksScoreEntry *entry = &g_array_index (scores, SksScoreEntry, i);

          if (entry->studio_id == changed_studio &&
              entry->criterion_id == sks_score_criterion_get_id (criterion))
            old_points = entry->points;
        }
      if (old_points >= 0 &&
          !sks_store_set_score (store, sks_panel_member_get_id (member), changed_studio,
                                sks_score_criterion_get_id (criterion),
                                old_points + 200 <= max ? old_points + 200 : old_points - 200,
                                "复核带徒协议原件后，补计两名徒弟的技师证书", error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_demo_findings (SksStore   *store,
                   GPtrArray  *studios,
                   GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_findings); i++)
    {
      const SampleFindings *f = &sample_findings[i];
      SksStudio *studio = find_demo_studio (studios, f->master);

      for (guint item = 0; studio != NULL && item < SKS_N_CHECK_ITEMS; item++)
        {
          gboolean met = item != f->not_met;
          SksFindingRecord record = {
            .item = item,
            .result = met ? SKS_FINDING_MET : SKS_FINDING_NOT_MET,
            .on = f->on,
            .note = met ? finding_notes[item] : f->note,
          };

          if (!sks_store_record_finding (store, sks_studio_get_id (studio), &record, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_demo_reviews (SksStore   *store,
                  GPtrArray  *studios,
                  GError    **error)
{
  g_autoptr(SksRound) round = sks_store_find_round (store, SKS_SAMPLE_ROUND_HUZHOU, NULL);
  g_autofree char *user = NULL;
  gboolean ok;

  if (round == NULL)
    return TRUE;
  user = g_strdup (sks_store_get_user (store));
  sks_store_set_user (store, SAMPLE_CLERK);
  ok = add_demo_scores (store, round, studios, error) &&
       add_demo_findings (store, studios, error);
  sks_store_set_user (store, user);
  return ok;
}

static gboolean
populate_demo (SksStore  *store,
               gboolean   reviews,
               GError   **error)
{
  g_autoptr(GPtrArray) studios = sks_sample_make_demo (store, error);
  g_autoptr(GError) local_error = NULL;

  if (studios == NULL)
    return FALSE;
  if (sks_store_find_studio_by_uuid (store, sks_studio_get_uuid (g_ptr_array_index (studios, 0)),
                                     &local_error) != 0)
    {
      g_set_error (error, SKS_STORE_ERROR, SKS_STORE_ERROR_DUPLICATE,
                   _("The document holds the demo applications already"));
      return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return sks_store_import_studios (store, studios, error) &&
         add_demo_evaluations (store, studios, error) &&
         (!reviews || add_demo_reviews (store, studios, error));
}

/**
 * sks_sample_populate:
 * @count: 0 for the realistic demo set, otherwise how many synthetic
 *   applications to add
 *
 * Adds the sample rounds with their recommending units and then either the
 * demo set — a few applications per recommending unit of Huzhou 2025, a
 * dozen of Hangzhou 2023 at every stage, and the reviewers' work on
 * Huzhou's recommended applications (a city panel, submitted scores, one
 * changed with a reason, findings) — or @count synthetic applications
 * spread over both rounds, added %BATCH_SIZE per transaction.
 */
gboolean
sks_sample_populate (SksStore  *store,
                     guint      count,
                     GError   **error)
{
  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);

  if (!sks_sample_add_rounds (store, error))
    return FALSE;
  if (count == 0)
    return populate_demo (store, TRUE, error);

  for (guint done = 0; done < count; done += BATCH_SIZE)
    {
      guint n = MIN (BATCH_SIZE, count - done);
      g_autoptr(GPtrArray) studios = sks_sample_make_studios (store, done, n, 0, error);

      if (studios == NULL || !sks_store_import_studios (store, studios, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * sks_sample_populate_unreviewed:
 *
 * As sks_sample_populate() with a count of 0, without the reviewers' work:
 * the demo applications and no panel, scores or findings, for tests that
 * build a round's scoring themselves.
 */
gboolean
sks_sample_populate_unreviewed (SksStore  *store,
                                GError   **error)
{
  g_return_val_if_fail (SKS_IS_STORE (store), FALSE);

  return sks_sample_add_rounds (store, error) && populate_demo (store, FALSE, error);
}
