import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    modeler: {
      list: {
        intro: 'The processes and forms of your organisation. Open a process to change it; a deployment becomes the version new work starts with.',
        processes: 'Processes', forms: 'Forms', newProcess: 'New process', filter: 'Filter by name or key',
        key: 'Key', name: 'Name', version: 'Latest version', deployedAt: 'Deployed', deployedBy: 'By',
        usedBy: 'Used by', formId: 'Form', noProcesses: 'No processes yet', noForms: 'No forms yet', unnamed: '(no name)',
      },
      create: {
        title: 'New process', name: 'Name', key: 'Key', keyHint: 'The key identifies the process for good; lower-case letters, digits and dashes.',
        start: 'Open in the designer', keyInvalid: 'Use lower-case letters, digits and dashes; start with a letter.', keyTaken: 'A process with this key exists already.',
      },
      editor: {
        back: 'All processes', newBadge: 'Not deployed yet', unsaved: 'Unsaved changes',
        versionLine: 'Version {version} · deployed by {by} · {at}',
        diagram: 'Diagram', forms: 'Forms ({count})',
        validate: 'Validate', deploy: 'Deploy', versions: 'Versions', importXml: 'Open XML file', downloadXml: 'Download XML',
        fit: 'Fit to screen', undo: 'Undo', redo: 'Redo',
        loading: 'Loading the designer…', unreadable: 'This file is not a BPMN model the designer can read.',
        valid: 'No problems found: the model can be deployed.',
        deployed: 'Version {version} of {key} deployed.',
        refused: 'The model was not deployed: fix the errors below.',
        imported: 'Model loaded from {file}. Deploy it to make it a new version.',
      },
      problems: {
        title: 'Problems', errors: '{count} errors', warnings: '{count} warnings', model: 'Whole model',
        error: 'Error', warning: 'Warning', close: 'Hide', show: 'Click to show it on the diagram',
      },
      versions: {
        title: 'Versions of {key}', version: 'Version', deployedBy: 'Deployed by', deployedAt: 'Deployed', current: 'current',
        view: 'View', redeploy: 'Redeploy', none: 'Not deployed yet',
        confirmTitle: 'Redeploy version {version}?',
        confirm: 'Version {version} becomes the newest version; new work starts with it, running work is not changed. The designer then shows it.',
        confirmDirty: 'Your unsaved changes in the designer are discarded.',
        redeployed: 'Version {version} redeployed as version {newVersion}.',
        preview: 'Version {version} of {key}',
      },
      formsTab: {
        hint: 'The forms of this process. Changed and new forms are deployed together with the process.',
        add: 'New form', addTitle: 'New form', id: 'Form id', idInvalid: 'Letters, digits, dash, underscore and dot only.', idTaken: 'This form is in the list already.',
        edited: 'changed', fresh: 'new', none: 'This process uses no forms. Reference a form from a user task (Forms → Form reference) or add one.',
        pick: 'Choose a form to edit it.', missing: 'Form {id} is not deployed yet: starting with an empty form.',
      },
      leave: {
        title: 'Leave the designer?', message: 'Your changes are not deployed and will be lost.', confirm: 'Leave', stay: 'Stay',
      },
    },
  },
  'zh-CN': {
    modeler: {
      list: {
        intro: '本组织的流程与表单。打开流程即可修改；部署后，新发起的工作将使用新版本。',
        processes: '流程', forms: '表单', newProcess: '新建流程', filter: '按名称或标识筛选',
        key: '标识', name: '名称', version: '最新版本', deployedAt: '部署时间', deployedBy: '部署人',
        usedBy: '所属流程', formId: '表单', noProcesses: '暂无流程', noForms: '暂无表单', unnamed: '（未命名）',
      },
      create: {
        title: '新建流程', name: '名称', key: '标识', keyHint: '标识用于长期识别该流程，只能使用小写字母、数字和短横线。',
        start: '在设计器中打开', keyInvalid: '请使用小写字母、数字和短横线，并以字母开头。', keyTaken: '已存在使用该标识的流程。',
      },
      editor: {
        back: '全部流程', newBadge: '尚未部署', unsaved: '有未部署的修改',
        versionLine: '版本 {version} · 由 {by} 部署 · {at}',
        diagram: '流程图', forms: '表单（{count}）',
        validate: '校验', deploy: '部署', versions: '版本', importXml: '打开 XML 文件', downloadXml: '下载 XML',
        fit: '适应屏幕', undo: '撤销', redo: '重做',
        loading: '正在加载设计器…', unreadable: '该文件不是设计器可读取的 BPMN 模型。',
        valid: '未发现问题，可以部署。',
        deployed: '{key} 的版本 {version} 已部署。',
        refused: '模型未部署：请修正下列错误。',
        imported: '已从 {file} 加载模型。部署后即成为新版本。',
      },
      problems: {
        title: '问题', errors: '{count} 个错误', warnings: '{count} 个警告', model: '整个模型',
        error: '错误', warning: '警告', close: '隐藏', show: '点击在流程图中定位',
      },
      versions: {
        title: '{key} 的版本', version: '版本', deployedBy: '部署人', deployedAt: '部署时间', current: '当前',
        view: '查看', redeploy: '重新部署', none: '尚未部署',
        confirmTitle: '重新部署版本 {version}？',
        confirm: '版本 {version} 将成为最新版本；新发起的工作将使用它，进行中的工作不受影响。随后设计器将显示该版本。',
        confirmDirty: '设计器中未部署的修改将被丢弃。',
        redeployed: '版本 {version} 已重新部署为版本 {newVersion}。',
        preview: '{key} 的版本 {version}',
      },
      formsTab: {
        hint: '该流程的表单。修改过的表单和新表单会与流程一起部署。',
        add: '新建表单', addTitle: '新建表单', id: '表单标识', idInvalid: '只能使用字母、数字、短横线、下划线和点。', idTaken: '该表单已在列表中。',
        edited: '已修改', fresh: '新建', none: '该流程未使用表单。可在用户任务中引用表单（表单 → 表单引用），或新建一个。',
        pick: '选择一个表单进行编辑。', missing: '表单 {id} 尚未部署：从空白表单开始。',
      },
      leave: {
        title: '离开设计器？', message: '您的修改尚未部署，离开后将丢失。', confirm: '离开', stay: '留下',
      },
    },
  },
}

export default messages
