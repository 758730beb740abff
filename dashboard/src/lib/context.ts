import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { messages, type Lang, type Messages } from './i18n';

export interface Session {
  lang: Lang;
  t: Messages;
  signedIn: boolean;
}

export const SessionContext = createContext<Session>({ lang: 'en', t: messages.en, signedIn: false });
export const useSession = () => useContext(SessionContext);
