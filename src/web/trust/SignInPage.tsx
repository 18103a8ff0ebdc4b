import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { signIn as signInSchema } from '../../schemas/trust/account.schema.js';
import { ApiError } from '../core/api/client.js';
import { fieldError } from '../core/api/field-errors.js';
import { usePageTitle } from '../core/components/common.js';
import { useSignIn } from '../core/session/session.js';

/** Sign-in with a local account; what was typed stays in the form when it fails. */
export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const navigate = useNavigate();
  const location = useLocation();
  const next = new URLSearchParams(location.search).get('next') ?? '/';
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // An empty field is named before anything is sent: the server would only say the password is wrong.
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = {
      ...(username.trim() ? {} : { username: t('signIn.missingUsername') }),
      ...(password ? {} : { password: t('signIn.missingPassword') }),
    };
    setMissing(empty);
    if (empty.username || empty.password) return;
    signIn.mutate(
      { username, password },
      // Only a path inside the app: never an address elsewhere (open redirect).
      { onSuccess: () => void navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/') },
    );
  };

  const error = signIn.error;
  const message =
    error instanceof ApiError
      ? error.status === 429
        ? t('signIn.locked', { seconds: error.retryAfter ?? 60 })
        : error.status === 401
          ? t('signIn.failed')
          : error.errors.length === 0
            ? (error.detail ?? error.title)
            : undefined
      : error
        ? t('errors.network')
        : undefined;

  return (
    <Stack maw={420} mx="auto" mt="xl">
      <Title order={1}>{t('signIn.title')}</Title>
      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-describedby="sign-in-help">
        <Stack>
          <Text id="sign-in-help" size="sm">
            {t('signIn.help')}
          </Text>
          {message && (
            <Alert color="red" role="alert" title={t('signIn.problem')}>
              {message}
            </Alert>
          )}
          <TextInput
            label={t('signIn.username')}
            name="username"
            autoComplete="username"
            required
            maxLength={signInSchema.shape.username.maxLength ?? undefined}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            error={missing.username ?? fieldError(error, 'username')}
          />
          <PasswordInput
            label={t('signIn.password')}
            name="password"
            autoComplete="current-password"
            required
            maxLength={signInSchema.shape.password.maxLength ?? undefined}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={missing.password ?? fieldError(error, 'password')}
          />
          <Button type="submit" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </Paper>
    </Stack>
  );
}
