import SmsIcon from '@mui/icons-material/Sms';
import type { ResourceModule } from '../resourceModule';
import { MessageList } from './MessageList';
import { MessageShow } from './MessageShow';

/** The SMS outbox: read-only list and page, with 重发 (DEAD) and 发送测试短信 (city) as actions. */
export default {
  list: MessageList,
  show: MessageShow,
  icon: SmsIcon,
  recordRepresentation: (message) => String(message.recipient?.phone ?? message.id),
} satisfies ResourceModule;
